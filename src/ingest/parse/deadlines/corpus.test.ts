import { describe, expect, it } from "vitest";
import { splitClauses } from "../clauses.js";
import { readDeadlines } from "../deadlines.js";
import { DEADLINE_EXAMPLES, NOT_DEADLINES } from "./corpus.js";

/** Plans arrive with and without diacritics (OCR, typed by hand): every example must read both ways. */
const stripMarks = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
const read = (text: string, planYear: number | null, issuedOn: string | null) =>
  readDeadlines(splitClauses(text), "III.1", () => null, planYear, issuedOn).map((d) => [d.kind, d.date]);

describe("deadlines corpus", () => {
  for (const ex of DEADLINE_EXAMPLES) {
    for (const [how, text] of [["", ex.text], [" (no diacritics)", stripMarks(ex.text)]] as const) {
      it(`${ex.name}${how}`, () => {
        expect(read(text, ex.planYear ?? null, ex.issuedOn ?? null)).toEqual(ex.expect);
      });
    }
  }
  for (const ex of NOT_DEADLINES) {
    for (const [how, text] of [["", ex.text], [" (no diacritics)", stripMarks(ex.text)]] as const) {
      it(`not a deadline: ${ex.name}${how}`, () => {
        expect(read(text, ex.planYear ?? null, ex.issuedOn ?? null)).toEqual([]);
      });
    }
  }
});
