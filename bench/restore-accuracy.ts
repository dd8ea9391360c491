/**
 * How well scans are restored, measured on text whose truth is known: the two
 * clean seeds, damaged with the noise the three OCR seeds show, restored by a
 * model that has NOT read the plan it restores (trained on the other clean
 * seed, the phrasebook, the syllable list and the dictionary), then compared syllable by
 * syllable. With /work/shared/corpus present (or RESTORE_CORPUS=dir), the same
 * again with its plans imported as extra training text: a deployment that has
 * imported more clean plans reads its scans better.
 *
 * The noise: each OCR seed restored, its words set beside the restored ones
 * (same line, same place), and per printed letter the share of times the scan
 * showed each character; whole-word misreadings seen more than once
 * ("ciia" for "của") are replayed as seen. Seeded, so runs compare.
 *
 * With RESTORE_SAMPLE=<file.tsv>, also a hand-restored sample of the real scans (bench/restore-sample.ts).
 *
 *   npx tsx bench/restore-accuracy.ts      (also one block of `npm run bench`)
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { normalizeSource } from "../src/domain/text/fold.js";
import { buildRestoreModel, createRestorer, looksOcrDamaged, type Restorer } from "../src/domain/text/restore.js";
import { cleanPlanTexts, genreTexts, loadRestorer, loadVietnameseSyllables, loadVietnameseWords } from "../src/ingest/restorer.js";
import { scoreSample } from "./restore-sample.js";

const SEEDS = join(import.meta.dirname, "..", "seeds");
const CORPUS = process.env.RESTORE_CORPUS ?? join(import.meta.dirname, "..", "..", "shared", "corpus");
type Row = [string, string, string];

/** A small seeded generator (mulberry32): the same damage every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Noise = { byLetter: Map<string, Map<string, number>>; byWord: Map<string, Map<string, number>> };

function bump(map: Map<string, Map<string, number>>, key: string, value: string): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  m.set(value, (m.get(value) ?? 0) + 1);
}

/** What the scans did to each letter and word, from the OCR seeds beside their restoration. */
export function learnNoise(scans: string[], restorer: Restorer): Noise {
  const noise: Noise = { byLetter: new Map(), byWord: new Map() };
  for (const scan of scans) {
    const restored = restorer.restore(scan).split("\n");
    scan.split("\n").forEach((line, i) => {
      const raw = line.trim().split(/\s+/);
      const read = (restored[i] ?? "").trim().split(/\s+/);
      if (raw.length !== read.length) return;
      raw.forEach((o, k) => {
        const r = read[k]!.toLowerCase().replace(/[^\p{L}]/gu, "");
        const s = o.toLowerCase().replace(/[.,;:()"“”]/g, "");
        if (!r) return;
        bump(noise.byWord, r, s);
        const [rc, sc] = [[...r], [...s]];
        if (rc.length === sc.length) rc.forEach((c, j) => bump(noise.byLetter, c, sc[j]!));
      });
    });
  }
  return noise;
}

function pick(options: Map<string, number>, r: number): string {
  const total = [...options.values()].reduce((a, b) => a + b, 0);
  let at = r * total;
  for (const [value, n] of options) if ((at -= n) < 0) return value;
  return [...options.keys()][0]!;
}

/** The clean text as a scan might show it; case kept on the first letter. */
export function damage(text: string, noise: Noise, seed: number): string {
  const rnd = random(seed);
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const seen = noise.byWord.get(lower);
    let out: string;
    if (seen && [...seen.values()].reduce((a, b) => a + b, 0) >= 3 && rnd() < 0.5) out = pick(seen, rnd());
    else {
      out = [...lower]
        .map((c) => {
          const reads = noise.byLetter.get(c);
          return reads && [...reads.values()].reduce((a, b) => a + b, 0) >= 5 ? pick(reads, rnd()) : c;
        })
        .join("");
    }
    return word[0] !== lower[0] ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  });
}

export type Score = { words: number; right: number; rawRight: number; broken: number; changedRight: number; changed: number };

/** Word by word on lines of the same shape: right after restoring, right in the scan, right in the scan but broken. */
export function score(truth: string, scan: string, restored: string): Score {
  const s: Score = { words: 0, right: 0, rawRight: 0, broken: 0, changedRight: 0, changed: 0 };
  const words = (x: string) => x.trim().split(/\s+/).filter(Boolean);
  const [d, r] = [scan.split("\n"), restored.split("\n")];
  truth.split("\n").forEach((line, i) => {
    const [tw, dw, rw] = [words(line), words(d[i] ?? ""), words(r[i] ?? "")];
    if (tw.length !== dw.length || tw.length !== rw.length) return;
    tw.forEach((w, k) => {
      if (!/\p{L}/u.test(w)) return;
      s.words++;
      if (rw[k] === w) s.right++;
      if (dw[k] === w) {
        s.rawRight++;
        if (rw[k] !== w) s.broken++;
      }
    });
  });
  return s;
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : "–");

export async function corpusTexts(): Promise<string[]> {
  if (!existsSync(CORPUS)) return [];
  const names = (await readdir(CORPUS)).filter((n) => n.endsWith(".txt")).sort();
  const texts = await Promise.all(names.map(async (n) => normalizeSource(await readFile(join(CORPUS, n), "utf8"))));
  return texts.filter((t) => !looksOcrDamaged(t));
}

/** Weights under trial (RESTORE_PAIR_WEIGHT=…); the model's defaults otherwise. */
const tuning = () => (process.env.RESTORE_PAIR_WEIGHT ? { pairWeight: Number(process.env.RESTORE_PAIR_WEIGHT) } : {});
const balance = () => (process.env.RESTORE_CHANNEL_WEIGHT ? { channelWeight: Number(process.env.RESTORE_CHANNEL_WEIGHT) } : {});

export async function measureRestoration(): Promise<Row[]> {
  const rows: Row[] = [];
  const [clean, words, dictionary, extra] = await Promise.all([cleanPlanTexts(SEEDS), loadVietnameseSyllables(), loadVietnameseWords(), corpusTexts()]);
  const seedNames = (await readdir(SEEDS)).filter((n) => n.endsWith(".txt")).sort();
  const scans = (await Promise.all(seedNames.map(async (n) => normalizeSource(await readFile(join(SEEDS, n), "utf8"))))).filter(looksOcrDamaged);

  // Time: the deployment's restorer (seeds + phrasebook), all three OCR seeds, first time in this process.
  const cpu = () => process.cpuUsage().user / 1000;
  const c0 = cpu();
  const full = await loadRestorer(SEEDS);
  const c1 = cpu();
  for (const scan of scans) full.restore(scan);
  const c2 = cpu();
  rows.push([`restore the ${scans.length} OCR seeds (CPU, first time)`, `${(c2 - c1).toFixed(0)} ms`, `model built in ${(c1 - c0).toFixed(0)} ms (target < 1 s)`]);

  const noise = learnNoise(scans, full);
  const genre = genreTexts();
  for (const withCorpus of extra.length ? [false, true] : [false]) {
    const total: Score = { words: 0, right: 0, rawRight: 0, broken: 0, changedRight: 0, changed: 0 };
    clean.forEach((truth, i) => {
      const others = clean.filter((_, j) => j !== i);
      const restorer = createRestorer(buildRestoreModel({ cleanTexts: [...genre, ...others, ...(withCorpus ? extra : [])], words, dictionary, ...tuning() }), balance());
      const scan = damage(truth, noise, 1 + i);
      const s = score(truth, scan, restorer.restore(scan));
      for (const k of Object.keys(total) as Array<keyof Score>) total[k] += s[k];
    });
    const trained = withCorpus ? `the other clean seed + ${extra.length} corpus plans` : "the other clean seed";
    rows.push([
      `damaged clean seeds restored, trained on ${trained}`,
      `${pct(total.right, total.words)} of ${total.words} syllables right`,
      `scan ${pct(total.rawRight, total.words)} right; right in the scan but changed: ${pct(total.broken, total.rawRight)} (target ≤ 1%)`,
    ]);
  }
  if (process.env.RESTORE_SAMPLE) rows.push(...(await sampleRows(process.env.RESTORE_SAMPLE, words, dictionary, clean, extra)));
  return rows;
}

/** The hand-restored sample of real scans (bench/restore-sample.ts), seeds only and with the corpus learned. */
async function sampleRows(path: string, words: string[], dictionary: string[], clean: string[], extra: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const withCorpus of extra.length ? [false, true] : [false]) {
    const restorer = createRestorer(buildRestoreModel({ cleanTexts: [...genreTexts(), ...clean, ...(withCorpus ? extra : [])], words, dictionary, ...tuning() }), balance());
    const misses = process.env.RESTORE_SAMPLE_MISSES && !withCorpus;
    const s = await scoreSample(path, SEEDS, restorer, misses ? (at, printed, got) => console.log(`${at}\n  printed  ${printed}\n  restored ${got}`) : undefined);
    rows.push([
      `hand-restored sample of the OCR seeds${withCorpus ? `, ${extra.length} corpus plans learned` : ""}`,
      `${pct(s.right, s.syllables)} of ${s.syllables} syllables right`,
      `right in the scan but changed: ${s.broken} of ${s.rightInScan} (${pct(s.broken, s.rightInScan)}; target ≥ 95%, ≤ 1%)`,
    ]);
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const [what, result, against] of await measureRestoration()) console.log(`${what}: ${result} — ${against}`);
}
