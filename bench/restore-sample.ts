/**
 * Restoration measured on real scans against a hand-restored sample kept OUTSIDE the repository (its lines
 * are the seeds' own, restored by a person): RESTORE_SAMPLE=<file.tsv>, one line per row:
 * `<seed file name without .txt>\t<line number>\t<the line as printed>`. Each line of the seed, restored as
 * the deployment restores it (seeds only, then with the corpus learned), is set beside the printed one
 * syllable by syllable (an alignment, so a split or joined word costs one syllable, not the line).
 *
 *   RESTORE_SAMPLE=../notes/22-dev-sample.tsv npx tsx bench/restore-accuracy.ts
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { normalizeSource } from "../src/domain/text/fold.js";
import type { Restorer } from "../src/domain/text/restore.js";

export type SampleScore = { syllables: number; right: number; rightInScan: number; broken: number };

/** The words of a line as compared: punctuation around them dropped, those without a letter left out. */
const words = (line: string) =>
  line
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[.,;:()"“”*-]+|[.,;:()"“”*]+$/g, ""))
    .filter((w) => /\p{L}/u.test(w));

/** For each word of `truth`, whether an edit-distance alignment pairs it with an equal word of `other`. */
function matched(truth: string[], other: string[]): boolean[] {
  const [n, m] = [truth.length, other.length];
  const d = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const cost = (i: number, j: number) => (truth[i - 1] === other[j - 1] ? 0 : 1);
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost(i, j));
  const ok = new Array<boolean>(n).fill(false);
  let [i, j] = [n, m];
  while (i > 0 && j > 0) {
    if (d[i]![j] === d[i - 1]![j - 1]! + cost(i, j)) {
      ok[i - 1] = cost(i, j) === 0;
      i--;
      j--;
    } else if (d[i]![j] === d[i - 1]![j]! + 1) i--;
    else j--;
  }
  return ok;
}

/** Scores `restorer` on the sample's lines of the seeds in `seedsDir`. */
export async function scoreSample(
  samplePath: string,
  seedsDir: string,
  restorer: Restorer,
  /** Told of each line read wrong: the printed line and the restored one (RESTORE_SAMPLE_MISSES=1). */
  miss?: (where: string, printed: string, restored: string) => void,
): Promise<SampleScore> {
  const rows = (await readFile(samplePath, "utf8")).split("\n").filter((l) => l.trim()).map((l) => l.split("\t"));
  const seeds = new Map<string, { scan: string[]; restored: string[] }>();
  const score: SampleScore = { syllables: 0, right: 0, rightInScan: 0, broken: 0 };
  for (const [file = "", line = "0", printed = ""] of rows) {
    let seed = seeds.get(file);
    if (!seed) {
      const scan = normalizeSource(await readFile(join(seedsDir, `${file}.txt`), "utf8"));
      seeds.set(file, (seed = { scan: scan.split("\n"), restored: restorer.restore(scan).split("\n") }));
    }
    const at = Number(line) - 1;
    const truth = words(printed);
    const [restored, scanned] = [matched(truth, words(seed.restored[at] ?? "")), matched(truth, words(seed.scan[at] ?? ""))];
    if (miss && restored.includes(false)) miss(`${file}:${line}`, printed, seed.restored[at] ?? "");
    truth.forEach((_, k) => {
      score.syllables++;
      if (restored[k]) score.right++;
      if (scanned[k]) {
        score.rightInScan++;
        if (!restored[k]) score.broken++;
      }
    });
  }
  return score;
}
