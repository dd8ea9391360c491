/**
 * Diacritic restoration for OCR-damaged plan texts ("Chi thi s6 28-CT/TW" →
 * "Chỉ thị số 28-CT/TW"). Pure: the caller supplies the clean texts and the
 * syllable list (see src/ingest/restorer.ts for the I/O).
 *
 * A word is looked up by its folded form (fold(): no diacritics, OCR letter
 * repairs). It is rewritten only when the vocabulary makes the accented form
 * certain: the word list and clean texts know one form only (and the clean
 * texts use it), or one form clearly dominates given its neighbours (bigrams
 * of the clean texts), or, with no context, in the clean texts' own usage
 * (not for capitalised names, nor for halves of fixed pairs such as "giáo"
 * of "giáo dục" standing elsewhere). Otherwise the original token stays.
 * The word list mostly adds competing forms, so a word seen in the clean texts
 * in one form only is not restored blindly ("dat" may be đất, đạt, …). Tokens holding a
 * number, dates, document numbers ("28-CT/TW", "224-KH/Th.U"), acronyms
 * ("UBND", "LĐ-TB&XH") and non-Vietnamese words are never touched, and a
 * restored token has exactly the length of the original, so offsets and line
 * structure are preserved.
 */
import { fold, normalizeSource } from "./fold.js";

export type Restorer = { restore(text: string): string };

/** Accented lowercase form → times seen in the clean texts (0: known only from the word list). */
type FormCounts = Map<string, number>;

export type RestoreModel = {
  /** Folded syllable → its accented forms. */
  unigrams: Map<string, FormCounts>;
  /** "left right" folded pair → "left right" accented pair → count. NUM stands for a number. */
  bigrams: Map<string, FormCounts>;
};

/** A token made of a number (not an OCR word like "s6") in bigram keys: "ngày #", "số #". */
const NUM = "#";
const WORD = /[\p{L}\p{N}¢€¥§]+/gu;
/** Folded Vietnamese syllable shape: onset, 1–3 vowels, coda. */
export const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:[aeiouy]|a[iouy]|e[ou]|i[aeu]|o[aeio]|u[aeiouy]|y[ae]|oa[iy]|oeo|ua[iy]|uo[iu]|uy[aeu]|[iy]eu)(?:ch|ng|nh|[cmnpt])?$/;
/** Roman numerals of headings ("II.", "IV -"). */
const ROMAN = /^[IVXL]+$/;
/** A chunk between spaces holding a document number, a date or a joined acronym: never touched. */
const PROTECTED_CHUNK = /[/&]|\d[-.]\p{L}|\p{L}[-.]\d/u;

/**
 * "Tỷ lệ" opens most target sentences, and OCR reads its "lệ" as digits and symbols ("Ty 18", "ty 1&",
 * "Ty I¢"). After "tỷ" such a token is never a number unless a number comes first ("2 tỷ 18 triệu").
 */
const TY_LE_MISREAD = /(?<![\d.,] ?)\b([Tt][yỷ] )[1Il][8&¢€](?= \p{L})/gu;

/** Dominance needed to pick a form from context (share of the evidence). */
const CONTEXT_SHARE = 0.8;
/** Without context: the clean texts must show the form this often and this exclusively. */
const UNIGRAM_MIN_COUNT = 2;
const UNIGRAM_SHARE = 0.9;

function bump(map: Map<string, FormCounts>, key: string, form: string, by: number): void {
  let forms = map.get(key);
  if (!forms) map.set(key, (forms = new Map()));
  forms.set(form, (forms.get(form) ?? 0) + by);
}

type Token = {
  start: number;
  end: number;
  text: string;
  /** Folded key, or NUM for a number. */
  key: string;
  /** True when the token is only letters after folding (a syllable candidate). */
  word: boolean;
  /** True when nothing but spaces (and at most one line break) separates it from the previous token. */
  joinedLeft: boolean;
  /** The text between the previous token and this one. */
  gap: string;
};

function tokenize(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const key = folded.slice(start, end);
    const word = /^\p{L}+$/u.test(key);
    const gap = text.slice(Math.max(prevEnd, 0), start);
    tokens.push({
      start,
      end,
      text: m[0],
      key: word ? key : /\d/.test(key) ? NUM : key,
      word,
      joinedLeft: prevEnd >= 0 && /^[ \t\n]+$/.test(gap) && (gap.match(/\n/g)?.length ?? 0) <= 1,
      gap,
    });
    prevEnd = end;
  }
  return tokens;
}

/**
 * Counts the accented forms of each folded syllable and syllable pair in the
 * clean texts (case-insensitive); `words` (a syllable or word list) adds
 * forms with no count, and pairs for multi-syllable entries.
 */
export function buildRestoreModel(input: { cleanTexts: string[]; words?: Iterable<string> }): RestoreModel {
  const unigrams = new Map<string, FormCounts>();
  const bigrams = new Map<string, FormCounts>();
  const addText = (raw: string, weight: number) => {
    const text = normalizeSource(raw).toLowerCase();
    const tokens = tokenize(text, fold(text));
    let prev: Token | undefined;
    for (const t of tokens) {
      const form = t.word ? t.text : NUM;
      const vietnamese = t.word && SYLLABLE.test(t.key);
      if (vietnamese) bump(unigrams, t.key, form, weight);
      if (prev && t.joinedLeft && (vietnamese || !t.word)) {
        const prevForm = prev.word ? prev.text : NUM;
        if (weight > 0 || (prev.word && t.word)) bump(bigrams, `${prev.key} ${t.key}`, `${prevForm} ${form}`, Math.max(weight, 1));
      }
      prev = vietnamese || !t.word ? t : undefined;
    }
  };
  for (const text of input.cleanTexts) addText(text, 1);
  for (const entry of input.words ?? []) {
    const word = entry.normalize("NFC").trim();
    // Acronyms and names in caps ("HĐND", "UBND") are not syllables to restore to.
    if (!word || (word.length > 1 && word === word.toUpperCase())) continue;
    if (/\s/.test(word)) addText(word, 0);
    else {
      const lower = word.toLowerCase();
      const key = fold(lower);
      if (/^\p{L}+$/u.test(lower) && SYLLABLE.test(key)) bump(unigrams, key, lower, 0);
    }
  }
  return { unigrams, bigrams };
}

function best(scores: Map<string, number>): { form: string; score: number; total: number } | null {
  let form = "";
  let score = 0;
  let total = 0;
  for (const [f, s] of scores) {
    total += s;
    if (s > score) [form, score] = [f, s];
  }
  return score > 0 ? { form, score, total } : null;
}

/** Evidence for the forms of `key` from its pairs with a neighbour (side 0: key is on the left). */
function pairEvidence(model: RestoreModel, left: string, right: string, side: 0 | 1, into: Map<string, number>): void {
  const pairs = model.bigrams.get(`${left} ${right}`);
  if (!pairs) return;
  for (const [pair, n] of pairs) {
    const form = pair.split(" ")[side];
    if (form !== undefined) into.set(form, (into.get(form) ?? 0) + n);
  }
}

/** Mostly capitals: "PHONG", "PiCH" (OCR's ĐÍCH); OCR digits and symbols read as small letters ("S6" = "Số"). */
function isCapsy(s: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of s) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase() || /[\d¢€¥§]/.test(ch)) lower++;
  }
  return upper > lower;
}

function withCaseOf(original: string, form: string): string {
  if (form.length > 1 && isCapsy(original)) return form.toUpperCase();
  const first = original[0] ?? "";
  if (first !== first.toLowerCase()) return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}

/** True when the chunk between spaces around [start, end) is a document number, date, or the like. */
function inProtectedChunk(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  return PROTECTED_CHUNK.test(text.slice(a, b));
}

/** Share of Vietnamese-shaped words a line needs before anything in it is restored (English has ~30%). */
const VIETNAMESE_LINE_SHARE = 0.6;

/** Per line: does it read as Vietnamese? Lines of one or two words go by the whole text. */
function vietnameseLines(text: string, tokens: Token[]): boolean[] {
  const perLine: { words: number; syllables: number }[] = [];
  const total = { words: 0, syllables: 0 };
  let line = 0;
  for (const t of tokens) {
    line += t.gap.split("\n").length - 1;
    if (!t.word || (!SYLLABLE.test(t.key) && t.text.length > 1 && t.text === t.text.toUpperCase())) continue;
    const counts = (perLine[line] ??= { words: 0, syllables: 0 });
    const syllable = SYLLABLE.test(t.key) ? 1 : 0;
    counts.words++;
    counts.syllables += syllable;
    total.words++;
    total.syllables += syllable;
  }
  const lines = text.split("\n").length;
  const textIsVietnamese = total.syllables >= VIETNAMESE_LINE_SHARE * total.words;
  return Array.from({ length: lines }, (_, i) => {
    const counts = perLine[i];
    if (!counts) return false;
    return counts.words >= 3 ? counts.syllables >= VIETNAMESE_LINE_SHARE * counts.words : textIsVietnamese;
  });
}

/** A capitalised word that does not start a sentence, line or heading. */
function isNameLike(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const first = t.text[0] ?? "";
  if (first === first.toLowerCase() || isCapsy(t.text)) return false;
  const prev = tokens[i - 1];
  return prev !== undefined && t.joinedLeft && !/\n/.test(t.gap);
}

/** Words that sit next to anything, so their pairs say nothing about a misread neighbour. */
const FUNCTION_WORDS = new Set([
  "va", "cua", "cac", "voi", "cho", "trong", "la", "co", "duoc", "nhung", "de", "tu", "den", "ve", "tai", "o", "da",
  "se", "thi", "ma", "nay", "do", "khi", "hoac", "theo", "tren", "duoi", "mot", "moi", "nhat", "con", "bi", "vao",
]);

/** Pairs in the clean plans needed before a word one vowel away is taken for an OCR misreading. */
const VARIANT_MIN_PAIRS = 3;
/** Letters OCR puts where a marked vowel was ("hd" = "hỗ", "xubng" = "xuống", "trg" = "trợ", "dwng" = "dựng"). */
const OCR_VOWEL_READS = /[aeiouydbgw]/;

/** Share of a form's uses that must go with one neighbour for it to count as a fixed pair ("giáo" + "dục"). */
const FIXED_PAIR_SHARE = 0.8;

export function createRestorer(model: RestoreModel): Restorer {
  // Per accented form: the folded neighbours seen on its left and right side.
  const neighbours: [Map<string, FormCounts>, Map<string, FormCounts>] = [new Map(), new Map()];
  const uses = new Map<string, number>();
  for (const forms of model.unigrams.values()) for (const [form, n] of forms) uses.set(form, (uses.get(form) ?? 0) + n);
  for (const [keys, pairs] of model.bigrams) {
    const [leftKey = "", rightKey = ""] = keys.split(" ");
    for (const [pair, n] of pairs) {
      const [leftForm = "", rightForm = ""] = pair.split(" ");
      bump(neighbours[0], rightForm, leftKey, n);
      bump(neighbours[1], leftForm, rightKey, n);
    }
  }

  /** The form is nearly always next to one word, and that word is not the neighbour here ("đạt 70%" is not "đất nước"). */
  function breaksFixedPair(form: string, side: 0 | 1, neighbour: Token | undefined): boolean {
    const seen = neighbours[side].get(form);
    const total = uses.get(form) ?? 0;
    if (!seen || total < 3) return false;
    for (const [key, n] of seen) if (n >= FIXED_PAIR_SHARE * total && key !== neighbour?.key) return true;
    return false;
  }

  function choose(tokens: Token[], i: number): string | null {
    const t = tokens[i]!;
    const forms = model.unigrams.get(t.key);
    if (!forms) return null;
    // One form in the clean plans and the word list. A form known only from the list is a rare syllable
    // ("vịn", "thím", "típ") and in OCR text far more often a misread word ("vin hod" is "văn hóa"): kept.
    if (forms.size === 1) {
      const [form, seen] = forms.entries().next().value ?? ["", 0];
      return seen > 0 ? form : null;
    }
    const context = new Map<string, number>();
    const left = t.joinedLeft ? tokens[i - 1] : undefined;
    const right = tokens[i + 1]?.joinedLeft ? tokens[i + 1] : undefined;
    // Capitalised inside a sentence: likely a name, known only with the word before it
    // ("Tam Duong giai doan" is Tam Đường, not the "dưỡng" of "dinh dưỡng giai đoạn").
    const name = isNameLike(tokens, i);
    if (left) pairEvidence(model, left.key, t.key, 1, context);
    if (right && !name) pairEvidence(model, t.key, right.key, 0, context);
    const byContext = best(context);
    if (byContext) return byContext.score >= CONTEXT_SHARE * byContext.total ? byContext.form : null;
    if (name) return null;
    const byUsage = best(forms);
    if (!byUsage || byUsage.score < UNIGRAM_MIN_COUNT || byUsage.score < UNIGRAM_SHARE * byUsage.total) return null;
    if (breaksFixedPair(byUsage.form, 0, left) || breaksFixedPair(byUsage.form, 1, right)) return null;
    return byUsage.form;
  }

  /**
   * A word the clean plans never use ("dudng", "dic", "gido") read as the
   * known word one vowel away that its neighbours make certain ("dinh dưỡng",
   * "đặc biệt", "giáo dục"): OCR misreads vowels with marks most.
   */
  function oneVowelAway(tokens: Token[], i: number): string | null {
    const t = tokens[i]!;
    if (!unknown(t.key)) return null;
    // "và dưới" proves nothing about "và dudi": only content words vouch for a neighbour.
    const vouches = (n: Token | undefined) => (n && !FUNCTION_WORDS.has(n.key) ? n : undefined);
    const left = vouches(t.joinedLeft ? tokens[i - 1] : undefined);
    const right = vouches(tokens[i + 1]?.joinedLeft ? tokens[i + 1] : undefined);
    // A neighbour misread too ("cin ning" for "cân nặng") vouches through its own one-vowel readings, when
    // both misreadings are ones OCR makes (a vowel, or "d", "b", "g", "w" for a marked vowel: "hd trg" is
    // "hỗ trợ"; "céc cp" is "các cấp", not "các cơ").
    const misread = (n: Token | undefined) => n !== undefined && n.word && unknown(n.key);
    const readings = (n: Token | undefined) => (!n ? [] : misread(n) ? vowelVariants(n.key, OCR_VOWEL_READS) : [n.key]);
    const [lefts, rights] = [readings(left), readings(right)];
    const scores = new Map<string, number>();
    const plausibles = new Set(vowelVariants(t.key, OCR_VOWEL_READS));
    for (const alt of vowelVariants(t.key)) {
      const plausible = plausibles.has(alt);
      if (plausible || !misread(left)) for (const l of lefts) pairEvidence(model, l, alt, 1, scores);
      if (plausible || !misread(right)) for (const r of rights) pairEvidence(model, alt, r, 0, scores);
    }
    const found = best(scores);
    return found && found.score >= VARIANT_MIN_PAIRS && found.score >= CONTEXT_SHARE * found.total ? found.form : null;
  }

  /** A word the clean plans never use, long enough to be read as another ("bd" is "bộ"; "co" stays "co"). */
  function unknown(key: string): boolean {
    return key.length >= (SYLLABLE.test(key) ? 3 : 2) && ![...(model.unigrams.get(key)?.values() ?? [])].some((n) => n > 0);
  }

  /** Known words one vowel away: OCR misreads vowels with marks most. `from`: the letters it may replace. */
  function vowelVariants(key: string, from?: RegExp): string[] {
    const out: string[] = [];
    for (let p = 1; p < key.length; p++) {
      if (from && !from.test(key[p]!)) continue;
      for (const vowel of "aeiouy") {
        const alt = key.slice(0, p) + vowel + key.slice(p + 1);
        if (alt !== key && model.unigrams.has(alt)) out.push(alt);
      }
    }
    return out;
  }

  function restore(input: string): string {
    const text = normalizeSource(input).replace(TY_LE_MISREAD, "$1lệ");
    const tokens = tokenize(text, fold(text));
    const vietnameseLine = vietnameseLines(text, tokens);
    let out = "";
    let at = 0;
    let line = 0;
    tokens.forEach((t, i) => {
      line += t.gap.split("\n").length - 1;
      if (!t.word || !vietnameseLine[line] || ROMAN.test(t.text)) return;
      const shaped = SYLLABLE.test(t.key);
      const hasDigit = /\d/.test(t.text);
      // An OCR word with digits ("s6", "1a") but not a list label ("1a)", "b1.").
      if (hasDigit && /^[).:]/.test(text.slice(t.end))) return;
      // Caps in running text are acronyms ("CA", "HU"); caps next to caps are a heading.
      if (t.text.length > 1 && isCapsy(t.text) && !hasDigit) {
        const capsNeighbour = [tokens[i - 1], tokens[i + 1]].some(
          (n, side) => n && (side === 0 ? t.joinedLeft : n.joinedLeft) && n.word && isCapsy(n.text),
        );
        if (!capsNeighbour) return;
      }
      if (inProtectedChunk(text, t.start, t.end)) return;
      const form = (shaped ? choose(tokens, i) : null) ?? oneVowelAway(tokens, i);
      if (form === null || form.length !== t.text.length) return;
      // The OCR saw marks where the only known form has none: a garbled word ("chéng" is not "cheng").
      if (form === t.key && /[^\p{ASCII}]/u.test(t.text)) return;
      const restored = withCaseOf(t.text, form);
      if (restored === t.text) return;
      out += text.slice(at, t.start) + restored;
      at = t.end;
    });
    return out + text.slice(at);
  }

  return { restore };
}

/**
 * True for Vietnamese text whose diacritics look lost to OCR: most syllables
 * bare where clean Vietnamese marks most of them, or OCR stand-ins inside
 * words ("v¢", "s6", "x4"). English or other non-Vietnamese text is false.
 */
export function looksOcrDamaged(raw: string): boolean {
  const text = normalizeSource(raw);
  const folded = fold(text);
  let letterWords = 0;
  let syllables = 0;
  let bare = 0;
  let ocrMarks = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const key = folded.slice(m.index, m.index + word.length);
    if (!/\p{L}/u.test(word)) continue;
    letterWords++;
    if (/[¢€¥§]/.test(word) || (/\d/.test(word) && /^\p{L}+$/u.test(key))) ocrMarks++;
    if (!SYLLABLE.test(key)) continue;
    syllables++;
    if (/^[A-Za-z0-9¢€¥§]+$/.test(word)) bare++;
  }
  if (syllables < 20 || syllables < 0.6 * letterWords) return false;
  return bare >= 0.45 * syllables || (ocrMarks >= 3 && ocrMarks >= 0.01 * letterWords);
}
