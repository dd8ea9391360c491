/**
 * What a dictionary's word list (one entry a line: "bám sát", "Tam Đường") tells the restorer: which
 * syllables make words together, and which make names.
 */
import { fold } from "../fold.js";
import { modernTonePlacement } from "./letters.js";
import { SYLLABLE } from "./syllable.js";

/**
 * A dictionary's entries of two or more syllables, lowercased, split into its words ("bám sát") and its
 * names ("Tam Đường", every syllable capitalised); loanwords and entries with other characters left out.
 * Dictionaries place tones the old way ("hoà", "uỷ"), plans mostly the new ("hòa", "ủy"): read the new way.
 */
export function readDictionary(entries: Iterable<string>): { words: string[][]; names: string[][] } {
  const syllable = new Map<string, string | null>();
  /** The syllable as plans write it, or null when it is none; each distinct one checked once. */
  const read = (s: string): string | null => {
    let known = syllable.get(s);
    if (known === undefined) {
      const lower = s.toLowerCase();
      known = /^\p{Ll}+$/u.test(lower) && SYLLABLE.test(fold(lower)) ? modernTonePlacement(lower) : null;
      syllable.set(s, known);
    }
    return known;
  };
  const words: string[][] = [];
  const names: string[][] = [];
  for (const entry of entries) {
    if (!entry.includes(" ")) continue;
    const parts = entry.trim().split(/ +/);
    const capitals = parts.filter((p) => p[0] !== p[0]!.toLowerCase()).length;
    if (capitals !== 0 && capitals !== parts.length) continue;
    const lower = parts.map(read);
    if (lower.some((s) => s === null)) continue;
    (capitals ? names : words).push(lower as string[]);
  }
  return { words, names };
}
