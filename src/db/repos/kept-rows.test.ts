import { describe, expect, it } from "vitest";
import { keepRowsPerVersion } from "./kept-rows.js";

/** A table of named rows and a data version the test turns, counting the reads that reach it. */
function fakeData() {
  const data = { version: "v1", rows: new Map([[1, { name: "a" }], [2, { name: "b" }]]), reads: [] as number[][] };
  const read = async (ids: number[]) => {
    data.reads.push(ids);
    return new Map(ids.flatMap((id) => (data.rows.has(id) ? [[id, { ...data.rows.get(id)! }] as const] : [])));
  };
  return { data, read, kept: keepRowsPerVersion(async () => data.version) };
}

describe("rows kept while the plans stay the same", () => {
  it("reads each row once, an id with no row included, and hands out the same row again", async () => {
    const { data, read, kept } = fakeData();
    const first = await (await kept.now()).byIds("t", [1, 3], read);
    const second = await (await kept.now()).byIds("t", [2, 1, 3], read);
    expect([...first.keys()]).toEqual([1]);
    expect([...second.keys()]).toEqual([2, 1]);
    expect(second.get(1)).toBe(first.get(1));
    expect(data.reads).toEqual([[1, 3], [2]]);
  });

  it("reads again once the data changed", async () => {
    const { data, read, kept } = fakeData();
    await (await kept.now()).byIds("t", [1], read);
    data.version = "v2";
    data.rows.set(1, { name: "a, corrected" });
    expect((await (await kept.now()).byIds("t", [1], read)).get(1)).toEqual({ name: "a, corrected" });
    expect(data.reads).toEqual([[1], [1]]);
  });

  it("keeps what a read begun before a change brought out of the rows kept after it", async () => {
    const { data, read, kept } = fakeData();
    const before = await kept.now();
    data.version = "v2";
    const after = await kept.now();
    await before.byIds("t", [1], read);
    await after.byIds("t", [1], read);
    expect(data.reads).toEqual([[1], [1]]);
  });

  it("reads a whole list once per version", async () => {
    const { data, kept } = fakeData();
    let reads = 0;
    const readAll = async () => (++reads, [...data.rows.values()]);
    await (await kept.now()).whole("all", readAll);
    await (await kept.now()).whole("all", readAll);
    data.version = "v2";
    await (await kept.now()).whole("all", readAll);
    expect(reads).toBe(2);
  });
});
