/**
 * A Vietnamese letter taken apart: its base letter, its vowel modifier
 * (â ê ô: "^", ă: "(", ơ ư: "+", đ: "-") and its tone (1–5: sắc, huyền, hỏi,
 * ngã, nặng). The OCR confusions are stated on these parts.
 */
export type Letter = { base: string; mod: "" | "^" | "(" | "+" | "-"; tone: number };

const TONES: Record<string, number> = { "\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5 };
const MODS: Record<string, Letter["mod"]> = { "\u0302": "^", "\u0306": "(", "\u031b": "+" };

const cache = new Map<string, Letter | null>();

/** The parts of one lowercase letter; null for anything that is not a Latin letter. */
export function letterOf(ch: string): Letter | null {
  let known = cache.get(ch);
  if (known !== undefined) return known;
  if (ch === "đ") known = { base: "d", mod: "-", tone: 0 };
  else {
    const [base = "", ...marks] = ch.normalize("NFD");
    if (!/^[a-z]$/.test(base)) known = null;
    else {
      let mod: Letter["mod"] = "";
      let tone = 0;
      for (const m of marks) {
        if (TONES[m]) tone = TONES[m];
        else if (MODS[m]) mod = MODS[m];
      }
      known = { base, mod, tone };
    }
  }
  cache.set(ch, known);
  return known;
}

export const isVowelBase = (base: string) => "aeiouy".includes(base);

/** True when the letter carries a tone or a vowel modifier (đ counts). */
export const isMarked = (l: Letter) => l.tone > 0 || l.mod !== "";

/** A tone mark on "a", "e" or "y" after "o"/"u" (old style "hoà", "uỷ"), by the mark. */
const OLD_STYLE = /(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])$/u;

/**
 * A syllable with its tone where plans mostly write it today: on the first vowel of an open "oa", "oe",
 * "uy" ("hòa", "ủy"; old style "hoà", "uỷ", as dictionaries list them). "quý" and closed syllables
 * ("hoàng") are the same in both styles.
 */
export function modernTonePlacement(syllable: string): string {
  const m = OLD_STYLE.exec(syllable);
  if (!m) return syllable;
  const [, first, marked] = m as unknown as [string, string, string];
  const [base = "", ...marks] = marked.normalize("NFD");
  return syllable.slice(0, m.index) + (first + marks.join("")).normalize("NFC") + base;
}
