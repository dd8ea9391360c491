import { describe, expect, it } from "vitest";
import { readProgressAsk } from "./asks.js";
import { PROGRESS_ASK_EXAMPLES } from "./asks.examples.js";

describe("progress asks", () => {
  it.each(PROGRESS_ASK_EXAMPLES)("%s → %s", (text, kind, plan) => {
    const ask = readProgressAsk(text);
    expect(ask?.kind ?? null).toBe(kind);
    if (plan) expect(ask?.planNumber).toBe(plan);
  });
});
