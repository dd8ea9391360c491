/**
 * Builds the diacritic restorer from the clean plans of a folder plus the
 * Vietnamese syllable list of the `dictionary-vi` package (hunspell-vi,
 * ~6,600 syllables, data GPL-2.0). Everything happens when loadRestorer() is
 * called, never at import time; a folder's model is built once per process.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { normalizeSource } from "../domain/text/fold.js";
import { buildRestoreModel, createRestorer, looksOcrDamaged, type Restorer } from "../domain/text/restore.js";
import { ADMINISTRATIVE_PHRASES } from "../domain/text/restore/phrasebook.js";

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

const cache = new Map<string, Promise<Restorer>>();

/** The restorer trained on the clean plans in `seedsDir` and the syllable list. */
export function loadRestorer(seedsDir: string): Promise<Restorer> {
  const key = resolve(seedsDir);
  let restorer = cache.get(key);
  if (!restorer) {
    restorer = Promise.all([cleanPlanTexts(key), loadVietnameseSyllables()]).then(([cleanTexts, words]) =>
      createRestorer(buildRestoreModel({ cleanTexts: [ADMINISTRATIVE_PHRASES.join("\n\n"), ...cleanTexts], words })),
    );
    restorer.catch(() => cache.delete(key));
    cache.set(key, restorer);
  }
  return restorer;
}
