/**
 * Diacritic restoration accuracy on the two clean plans: strip one plan's
 * diacritics, restore it with a model trained on the OTHER clean plan plus the
 * syllable list, and compare syllable by syllable (restoration keeps offsets).
 * Also counts what the full model changes in the three OCR seeds, and times it.
 *
 *   npx tsx bench/restore-accuracy.ts   (SHOW_KEPT=1 also lists the syllables left bare)
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fold, normalizeSource } from "../src/domain/text/fold.js";
import { buildRestoreModel, createRestorer, looksOcrDamaged, SYLLABLE } from "../src/domain/text/restore.js";
import { loadVietnameseSyllables } from "../src/ingest/restorer.js";

const SEEDS = join(import.meta.dirname, "..", "seeds");
const CLEAN = ["muong-ang-KH-UBND-2024.txt", "tinh-uy-chi-thi-28.txt"] as const;
const OCR = ["tam-duong-273-KH-HU-2024.txt", "vinh-224-KH-ThU-2024.txt", "huyen-bao-ve-tre-em-2021.txt"] as const;

const read = async (name: string) => normalizeSource(await readFile(join(SEEDS, name), "utf8"));

/** Diacritics and đ removed, case kept: "Đảng" → "Dang". */
function strip(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** The Vietnamese-looking words of a text with their offsets. */
function syllables(text: string): { start: number; word: string }[] {
  const folded = fold(text);
  const out: { start: number; word: string }[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (SYLLABLE.test(folded.slice(m.index, m.index + m[0].length))) out.push({ start: m.index, word: m[0] });
  }
  return out;
}

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

const words = await loadVietnameseSyllables();
const clean = await Promise.all(CLEAN.map(read));

for (const [train, test] of [
  [0, 1],
  [1, 0],
] as const) {
  const original = clean[test]!;
  const restorer = createRestorer(buildRestoreModel({ cleanTexts: [clean[train]!], words }));
  const bare = strip(original);
  const out = restorer.restore(bare);
  let right = 0;
  let kept = 0;
  let wrong = 0;
  let marked = 0;
  const errors = new Map<string, number>();
  const all = syllables(original);
  for (const { start, word } of all) {
    const got = out.slice(start, start + word.length);
    const input = bare.slice(start, start + word.length);
    if (word !== input) marked++;
    if (got === word) right++;
    else if (got === input) {
      kept++;
      if (process.env.SHOW_KEPT) errors.set(`kept ${word}`, (errors.get(`kept ${word}`) ?? 0) + 1);
    }
    else {
      wrong++;
      const e = `${word}→${got}`;
      errors.set(e, (errors.get(e) ?? 0) + 1);
    }
  }
  const worst = [...errors].sort((a, b) => b[1] - a[1]).slice(0, process.env.SHOW_KEPT ? 40 : 8).map(([e, n]) => `${e}×${n}`);
  console.log(`train ${CLEAN[train]} → restore ${CLEAN[test]}`);
  console.log(
    `  syllables ${all.length} (${pct(marked, all.length)} carry diacritics): correct ${pct(right, all.length)}, ` +
      `left unrestored ${pct(kept, all.length)}, wrongly restored ${pct(wrong, all.length)}`,
  );
  console.log(`  of the syllables needing diacritics: ${pct(marked - kept - wrong, marked)} restored correctly`);
  if (worst.length) console.log(`  most frequent errors: ${worst.join(", ")}`);
}

const started = performance.now();
const restorer = createRestorer(buildRestoreModel({ cleanTexts: clean, words }));
const built = performance.now();
for (const name of OCR) {
  const text = await read(name);
  const out = restorer.restore(text);
  const all = syllables(text);
  const changed = all.filter(({ start, word }) => out.slice(start, start + word.length) !== word).length;
  console.log(`${name}: damaged=${looksOcrDamaged(text)}, ${changed} of ${all.length} syllables restored (${pct(changed, all.length)})`);
}
console.log(`model built in ${(built - started).toFixed(0)} ms, three OCR seeds restored in ${(performance.now() - built).toFixed(0)} ms`);
