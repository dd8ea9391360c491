/**
 * Builds the diacritic restorer from the clean plans of a folder plus the
 * Vietnamese syllable list of the `dictionary-vi` package (hunspell-vi,
 * ~6,600 syllables, data GPL-2.0). Everything happens when loadRestorer() is
 * called, never at import time; a folder's model is built once per process.
 */
import { readdir, readFile } from "node:fs/promises";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { agencies, assignments, plans, sections, tasks } from "../db/schema/index.js";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { normalizeSource } from "../domain/text/fold.js";
import { buildRestoreModel, createRestorer, looksOcrDamaged, type Restorer } from "../domain/text/restore.js";
import { ADMINISTRATIVE_PHRASES } from "../domain/text/restore/phrasebook.js";
import { ADMINISTRATIVE_VOCABULARY } from "../domain/text/restore/vocabulary.js";

export type { Restorer } from "../domain/text/restore.js";

let syllableList: Promise<string[]> | undefined;

/** The hunspell-vi word list (one syllable a line after the count line; no affix flags). */
export function loadVietnameseSyllables(): Promise<string[]> {
  syllableList ??= import("dictionary-vi").then(({ default: dictionary }) =>
    new TextDecoder()
      .decode(dictionary.dic)
      .split("\n")
      .slice(1)
      .map((line) => line.split("/")[0]!.trim())
      .filter((word) => word.length > 0),
  );
  return syllableList;
}

let dictionaryWords: Promise<string[]> | undefined;

/**
 * The entries of a Vietnamese dictionary (@vntk/dictionary's 74,000 words, MIT), one a line: which syllables
 * make words together ("bám sát", "chênh lệch"), read from the package's data file, never at import time.
 */
export function loadVietnameseWords(): Promise<string[]> {
  dictionaryWords ??= readFile(createRequire(import.meta.url).resolve("@vntk/dictionary/data/Viet74K.txt"), "utf8").then((text) =>
    text.split("\n").filter((line) => line.trim().length > 0),
  );
  return dictionaryWords;
}

/** The plan texts (.txt) of a folder that are not OCR-damaged; none when the folder is missing. */
export async function cleanPlanTexts(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const texts = await Promise.all(
    names
      .filter((name) => name.toLowerCase().endsWith(".txt"))
      .sort()
      .map(async (name) => normalizeSource(await readFile(join(dir, name), "utf8"))),
  );
  return texts.filter((text) => !looksOcrDamaged(text));
}

/** What the restorer reads before any plan: the genre's set phrases and its everyday vocabulary. */
export function genreTexts(): string[] {
  return [ADMINISTRATIVE_PHRASES.join("\n\n"), ADMINISTRATIVE_VOCABULARY.join("\n\n")];
}

const cache = new Map<string, Promise<Restorer>>();

/** A restorer trained on the genre texts, the clean plans in `seedsDir`, `more` clean texts and the syllable list. */
async function buildRestorer(seedsDir: string, more: string[] = []): Promise<Restorer> {
  const [cleanTexts, words, dictionary] = await Promise.all([cleanPlanTexts(seedsDir), loadVietnameseSyllables(), loadVietnameseWords()]);
  return createRestorer(buildRestoreModel({ cleanTexts: [...genreTexts(), ...cleanTexts, ...more], words, dictionary }));
}

/** The restorer trained on the clean plans in `seedsDir` and the syllable list, built once per folder. */
export function loadRestorer(seedsDir: string): Promise<Restorer> {
  const key = resolve(seedsDir);
  let restorer = cache.get(key);
  if (!restorer) {
    restorer = buildRestorer(key);
    restorer.catch(() => cache.delete(key));
    cache.set(key, restorer);
  }
  return restorer;
}

/**
 * The clean plans a deployment has imported, as text (each part's heading and body), for the restorer to
 * learn from. Plans read from a file named in `skipSources` (the seeds, read from their folder) are left out.
 */
export async function storedCleanPlanTexts(db: Db, skipSources: Iterable<string> = []): Promise<string[]> {
  const skip = new Set(skipSources);
  const rows = await db
    .select({ planId: plans.id, source: plans.sourceFile, heading: sections.heading, body: sections.body })
    .from(sections)
    .innerJoin(plans, eq(plans.id, sections.planId))
    .where(eq(plans.restored, false))
    .orderBy(asc(plans.id), asc(sections.position));
  const texts = new Map<number, string[]>();
  for (const row of rows) {
    if (row.source && skip.has(row.source)) continue;
    texts.set(row.planId, [...(texts.get(row.planId) ?? []), `${row.heading}\n${row.body}`]);
  }
  return [...texts.values()].map((parts) => parts.join("\n\n"));
}

/**
 * The names a deployment's clean plans use for their issuers and agencies ("UBND huyện Tam Đường", "Phòng
 * Văn hóa và Thông tin"), one a line: the place names its scans will print, read from its own plans (a
 * stored plan keeps its header only as these fields, so its parts' text alone would miss them).
 */
export async function storedNames(db: Db, skipSources: Iterable<string> = []): Promise<string[]> {
  const skip = new Set(skipSources);
  const clean = (source: string | null) => !source || !skip.has(source);
  const issuers = await db.select({ name: plans.issuer, source: plans.sourceFile }).from(plans).where(eq(plans.restored, false));
  const assigned = await db
    .selectDistinct({ name: agencies.name, source: plans.sourceFile })
    .from(assignments)
    .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
    .innerJoin(tasks, eq(tasks.id, assignments.taskId))
    .innerJoin(plans, eq(plans.id, tasks.planId))
    .where(eq(plans.restored, false));
  const names = [...issuers, ...assigned].filter((row) => row.name && clean(row.source)).map((row) => row.name!);
  return [...new Set(names)];
}

/**
 * What a deployment has to teach its restorer beyond the seeds: every clean plan it has stored (but the
 * seeds, read from their folder) and the names of their issuers and agencies. One reading for every path
 * that builds a restorer: the bot's start, `plans import` and `plans parse`.
 */
export async function deploymentTexts(db: Db, seedsDir: string): Promise<string[]> {
  const seedFiles = await readdir(seedsDir).catch(() => [] as string[]);
  const [texts, names] = await Promise.all([storedCleanPlanTexts(db, seedFiles), storedNames(db, seedFiles)]);
  return names.length ? [...texts, names.join("\n\n")] : texts;
}

/** Teaches `restorer` every clean plan stored in `db` and their names (see deploymentTexts). */
export async function teachStoredPlans(restorer: Restorer, db: Db, seedsDir: string): Promise<void> {
  for (const text of await deploymentTexts(db, seedsDir)) restorer.learn(text);
}

/**
 * The restorer of a running deployment: the seeds' words and those of every clean plan it has imported, so
 * it reads its scans better as it imports more clean plans (the importer teaches it each new one).
 */
export async function loadDeploymentRestorer(db: Db, seedsDir: string): Promise<Restorer> {
  return buildRestorer(resolve(seedsDir), await deploymentTexts(db, seedsDir));
}
