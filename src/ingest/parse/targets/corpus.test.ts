import { describe, expect, it } from "vitest";
import { fold } from "../../../domain/text/fold.js";
import { readTargets } from "../targets.js";
import { NOT_TARGETS, TARGET_EXAMPLES } from "./corpus.js";

/** Plans arrive with and without diacritics (OCR, typed by hand): every example must read both ways. */
const stripMarks = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");

describe("targets corpus", () => {
  for (const ex of TARGET_EXAMPLES) {
    for (const [how, text, headings] of [["", ex.text, ex.headings ?? []], [" (no diacritics)", stripMarks(ex.text), (ex.headings ?? []).map(stripMarks)]] as const) {
      it(`${ex.name}${how}`, () => {
        const got = readTargets(text, { section: "II", headings: [...headings], endYear: ex.endYear ?? null });
        expect(got.map((t) => [t.comparator, t.value, fold(t.unit), t.year])).toEqual(ex.expect.map(([c, v, u, y]) => [c, v, fold(u), y]));
        for (const t of got) expect(t.indicator.length, "an indicator names the measure").toBeGreaterThan(3);
      });
    }
  }
  for (const ex of NOT_TARGETS) {
    for (const [how, text] of [["", ex.text], [" (no diacritics)", stripMarks(ex.text)]] as const) {
      it(`not a target: ${ex.name}${how}`, () => {
        expect(readTargets(text, { section: "II", headings: ex.headings ?? [], endYear: 2025, issuedYear: 2025 })).toEqual([]);
      });
    }
  }
});
