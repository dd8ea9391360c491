/**
 * Restoration of OCR-damaged plan texts for people to read ("Thue hién Chi
 * thi s6 28-CT/TW ciia Bd Chinh tri" → "Thực hiện Chỉ thị số 28-CT/TW của Bộ
 * Chính trị"). Pure: the caller supplies the clean texts and the syllable list
 * (see src/ingest/restorer.ts for the I/O).
 *
 * A noisy channel read back: each scanned word's candidates are the known
 * syllables it may be a misreading of (restore/confusion.ts: lost or wrong
 * marks, "d" for "ộ", "ii" for "ủ", "6" for "ố"…; restore/lexicon.ts), and a
 * syllable trigram model of clean administrative text (restore/ngram.ts)
 * picks among them over the whole sentence at once (restore/decode.ts).
 * Numbers, dates, document numbers ("28-CT/TW", "224-KH/Th.U"), acronyms
 * ("UBND", "LĐ-TB&XH"), list labels and lines that are not Vietnamese are
 * never touched; a word whose scanned form is itself a syllable keeps it
 * unless the reading is clearly better. Lines stay lines; a restored word
 * may be shorter or longer than its scan ("ciia" → "của").
 *
 * Beside the model: marks that are not syllables are read by their place
 * (restore/marks.ts: "86 273-KH" → "Số 273-KH", "11. NỘI DUNG" → "II.",
 * "HDND" → "HĐND"); names are read as the names that exist write them, one
 * name alike through the text (restore/names.ts: "Tam Pudng" → "Tam Đường");
 * a dictionary tells which syllables make words (restore/dictionary.ts).
 */
import { normalizeSource } from "./fold.js";
import { fold } from "./fold.js";
import { P_FOR_D } from "./restore/confusion.js";
import { modernTonePlacement } from "./restore/letters.js";
import { decode, type Option } from "./restore/decode.js";
import { BOUNDARY_FORM } from "./restore/forms.js";
import { createLexicon, type Candidate } from "./restore/lexicon.js";
import { readDictionary } from "./restore/dictionary.js";
import { acronymsWithBarredD, LA_COST, numberReadAsLa, readMarks } from "./restore/marks.js";
import { createNameBook, namePairs, readNames, TITLED, type NameBook } from "./restore/names.js";
import { BOUNDARY, createSyllableModel, NUMBER, UNKNOWN, type SyllableModel } from "./restore/ngram.js";
import { SYLLABLE } from "./restore/syllable.js";
import { gapForm, isNumber, tokenize, trainingStream, type Token } from "./restore/tokens.js";

export type Restorer = {
  restore(text: string): string;
  /** Adds a clean plan text to what the restorer has read (a deployment reads its scans better as it imports). */
  learn(text: string): void;
};

export type RestoreModel = {
  syllables: SyllableModel;
  lexicon: ReturnType<typeof createLexicon>;
  /** Syllables the clean texts wrote with a capital ("Bộ Chính trị", "Thành phố"): the only ones a name is restored to. */
  titled: Set<string>;
  /** A fingerprint of each text learned: the same plan imported again teaches nothing twice. */
  learned: Set<string>;
  /** Names of places and bodies, from the dictionary and the clean texts ("Tam Đường", "Lai Châu"). */
  names: NameBook;
  /** Acronyms with "Đ" the clean texts write ("HĐND"): a scan's "HDND" is read so. */
  acronyms: Set<string>;
};

const WORD = /[\p{L}\p{N}¢€¥§]+/gu;
export { SYLLABLE } from "./restore/syllable.js";
/** Roman numerals of headings ("II.", "IV -", the scan's "I1-"). */
const ROMAN = /^[IVXL][IVXLl1]*$/;
/** A chunk between spaces holding a document number, a date or a joined acronym: never touched. */
/** Two or more capitals, none a vowel, nor "Đ" read as "P" before a vowel-less rest ("PQ" is "ĐỘ"). */
const VOWELLESS_ACRONYM = /^(?!P[^A-Z])[B-DF-HJ-NP-TV-XZĐ]{2,}$/;
const PROTECTED_CHUNK = /\/|\p{Lu}&\p{Lu}|\d[-.]\p{L}|\p{L}[-.]\d/u;



/**
 * How much better (in ln probability) a reading must be than a scanned form that is itself a syllable the
 * clean texts use as written ("trao", "qua", "thu"): such a word is as likely printed so as damaged.
 */
const KEEP_MARGIN = 2;
/**
 * The same for a bare scanned form that is rare in print: a syllable only by the word list ("moi", "nham", "roi"),
 * or one the clean texts use far less than the reading ("phong" beside "phòng", COMMON_RATIO times less):
 * it is mostly a damaged word, and a reading barely better than it is taken.
 */
const RARE_KEEP_MARGIN = 0.3;
const COMMON_RATIO = 4;
/** How much the scan's evidence weighs against the syllable model's. */
const CHANNEL_WEIGHT = 3;

/** The balance of a restorer; the defaults are the measured best (bench/restore-accuracy.ts). */
export type RestoreOptions = { channelWeight?: number; keepMargin?: number; rareKeepMargin?: number };
/** What a reading the scan could not be counts against it when a name's readings are weighed. */
const MISSING_READING = 9;
/**
 * Readings of one scanned word given to the decoder, chosen without context (by scan cost and how common
 * the syllable is): enough that a deployment's many imported plans do not crowd out a rarer right one
 * ("cdi" in "trẻ em mồ cdi" is "côi", not the "cải" of "cải cách"); the decoder's time grows with it.
 */
const MAX_READINGS = 12;

/**
 * The syllable model of the clean texts, and the syllables a scanned word may stand for: those of the
 * word list (`words`, one syllable or word a line) and of the clean texts.
 */
export function buildRestoreModel(input: {
  cleanTexts: string[];
  words?: Iterable<string>;
  /** A dictionary's entries; those of two or more syllables say which syllables go together. */
  dictionary?: Iterable<string>;
  listedWeight?: number;
  pairWeight?: number;
}): RestoreModel {
  const syllables = createSyllableModel({ listedWeight: input.listedWeight, pairWeight: input.pairWeight });
  const lexicon = createLexicon();
  const model = { syllables, lexicon, titled: new Set<string>(), learned: new Set<string>(), names: createNameBook(), acronyms: new Set<string>() };
  const listed: string[] = [];
  for (const entry of input.words ?? []) {
    const word = entry.normalize("NFC").trim();
    // Acronyms and names in caps ("HĐND", "UBND") are not syllables to restore to.
    if (!word || (word.length > 1 && word === word.toUpperCase())) continue;
    for (const s of word.toLowerCase().split(/\s+/)) if (/^\p{L}+$/u.test(s) && SYLLABLE.test(fold(s))) listed.push(s);
  }
  // The model counts a syllable however its tone is placed ("hoá" is "hóa"); the scan says which was printed.
  syllables.list(listed.map(modernTonePlacement));
  const { words, names } = readDictionary(input.dictionary ?? []);
  syllables.listWords(words);
  for (const name of names) model.names.add(name);
  for (const s of listed) lexicon.add(s);
  for (const text of input.cleanTexts) learnText(model, text);
  return model;
}

/** FNV-1a of the text with its length: enough to know a text already learned. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

function learnText(model: RestoreModel, raw: string): void {
  const text = normalizeSource(raw);
  const seen = fingerprint(text);
  if (model.learned.has(seen)) return;
  model.learned.add(seen);
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+/gu)) model.titled.add(m[0].toLowerCase());
  model.names.learnText(text);
  for (const acronym of acronymsWithBarredD(text)) model.acronyms.add(acronym);
  const stream = trainingStream(text);
  model.syllables.learn(stream);
  for (const form of stream) if (/^\p{L}+$/u.test(form) && SYLLABLE.test(fold(form))) model.lexicon.add(form);
  // A plan's own old-style tones ("hoá") stay readings: its scans print them so.
  for (const m of text.matchAll(/\p{L}+/gu)) if (m[0] !== modernTonePlacement(m[0])) model.lexicon.add(m[0].toLowerCase());
}

/** Mostly capitals: "PHONG", "PiCH" (OCR's ĐÍCH); OCR digits and symbols read as small letters ("S6" = "Số"). */
function isCapsy(s: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of s) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase() || /[\d¢€¥§&]/.test(ch)) lower++;
  }
  return upper > lower;
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

/** Per token: is its line Vietnamese? Lines of one or two words go by the whole text. */
function vietnameseTokens(tokens: Token[]): { vietnamese: boolean[]; lineOf: number[] } {
  const lineOf: number[] = [];
  const perLine = new Map<number, { words: number; syllables: number }>();
  const total = { words: 0, syllables: 0 };
  let line = 0;
  for (const t of tokens) {
    line += t.gap.split("\n").length - 1;
    lineOf.push(line);
    const key = fold(t.text);
    // One letter alone ("d/c", "b/c") is an abbreviation's part, neither Vietnamese nor not.
    if (key.length < 2 || !/^\p{L}+$/u.test(key) || (!SYLLABLE.test(key) && t.text.length > 1 && t.text === t.text.toUpperCase())) continue;
    let counts = perLine.get(line);
    if (!counts) perLine.set(line, (counts = { words: 0, syllables: 0 }));
    const syllable = SYLLABLE.test(key) ? 1 : 0;
    counts.words++;
    counts.syllables += syllable;
    total.words++;
    total.syllables += syllable;
  }
  const textIsVietnamese = total.syllables >= VIETNAMESE_LINE_SHARE * total.words;
  const vietnamese = lineOf.map((l) => {
    const counts = perLine.get(l);
    if (!counts) return textIsVietnamese;
    return counts.words >= 3 ? counts.syllables >= VIETNAMESE_LINE_SHARE * counts.words : textIsVietnamese;
  });
  return { vietnamese, lineOf };
}

/** The scanned word as the lexicon reads it: lowercase, a leading "P" not of "Ph" marked as a possible "Đ". */
function scannedForm(word: string): string {
  const lower = word.toLowerCase().replace(/([uo])['’]/g, (_, v: string) => (v === "u" ? "ư" : "ơ")).replace(/['’]/g, "");
  if (/^[Dd]P/.test(word)) return P_FOR_D + lower.slice(2); // "DPUONG": the Đ's bar read as a second letter
  if (word[0] === "P" && word.length > 1 && !/^P[hH]/.test(word)) return P_FOR_D + lower.slice(1);
  return lower;
}

/** Digits the scan put for letters, read back as the letters: the word is a syllable so ("ph01", "16ng"). */
const DIGIT_AS_LETTER: Record<string, string> = { "0": "o", "1": "i", "3": "a", "4": "a", "5": "o", "6": "o", "8": "e" };
function digitsReadAsSyllable(word: string): boolean {
  const letters = word.toLowerCase().replace(/^1(?=\d)/, "l").replace(/\d/g, (d) => DIGIT_AS_LETTER[d] ?? d);
  return /^\p{L}+$/u.test(letters) && SYLLABLE.test(fold(letters));
}

function withCaseOf(original: string, form: string, capsLine: boolean): string {
  const letters = [...original].filter((ch) => ch.toLowerCase() !== ch.toUpperCase()).length;
  if ((letters >= 2 && isCapsy(original)) || (letters < 2 && capsLine && original !== original.toLowerCase())) return form.toUpperCase();
  const first = original[0] ?? "";
  if (first !== first.toLowerCase()) return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}

type Slot = { options: Option[]; token?: Token; index?: number; forms?: string[]; keepable?: number };

export function createRestorer(model: RestoreModel, options: RestoreOptions = {}): Restorer {
  const tuning = {
    channelWeight: options.channelWeight ?? CHANNEL_WEIGHT,
    keepMargin: options.keepMargin ?? KEEP_MARGIN,
    rareKeepMargin: options.rareKeepMargin ?? RARE_KEEP_MARGIN,
  };
  const { syllables, lexicon } = model;
  /** Per scanned word (lowercase), its readings; forgotten when the restorer learns a text. */
  const shortlists = new Map<string, Candidate[]>();

  /** Per shortlist, the decoder's options and the forms they read as: the same for every scan of a word. */
  const decoded = new WeakMap<Candidate[], { options: Option[]; forms: string[] }>();
  function readingsOf(found: Candidate[]): { options: Option[]; forms: string[] } {
    let known = decoded.get(found);
    if (!known) {
      // Tones placed the old way cost a little more: where the scan cannot tell, the way plans write today.
      const options = found.map((c) => {
        const modern = modernTonePlacement(c.form);
        return { id: syllables.id(modern), cost: modern === c.form ? c.cost : c.cost + OLD_STYLE_COST };
      });
      decoded.set(found, (known = { options, forms: found.map((c) => c.form) }));
    }
    return known;
  }

  /** The readings worth decoding: the likeliest by scan cost and by how common the syllable is. */
  function shortlist(found: Candidate[], scanned: string): Candidate[] {
    const known = shortlists.get(scanned);
    if (known) return known;
    const ranked = found
      .map((c) => ({ c, score: c.cost - syllables.logPrior(syllables.known(modernTonePlacement(c.form))) }))
      .sort((a, b) => a.score - b.score)
      .slice(0, MAX_READINGS)
      .map((r) => r.c);
    const itself = found.find((c) => c.form === scanned);
    if (itself && !ranked.includes(itself)) ranked.push(itself);
    shortlists.set(scanned, ranked);
    return ranked;
  }

  /** Why a token is never touched. */
  function fixed(tokens: Token[], i: number, text: string, vietnamese: boolean): boolean {
    const t = tokens[i]!;
    if (!vietnamese || isNumber(t.text) || !/\p{L}|[¢€¥§&]/u.test(t.text)) return true;
    if (ROMAN.test(t.text) && /^\s*$/.test(t.gap.split("\n").pop() ?? "") && t.gap.includes("\n")) return true;
    const after = text.slice(t.end, t.end + 3);
    if (ROMAN.test(t.text) && /^[ \t]*[.\-–)]/.test(after)) return true;
    // A list label: "a)", "1a)", "b1.".
    if (/^\s*[).]/.test(after) && (t.text.length === 1 || /\d/.test(t.text)) && /\n\s*$|^$/.test(t.gap)) return true;
    if (/\d/.test(t.text) && /^\s*\)/.test(after)) return true;
    if (/^[Qq]\d?$/.test(t.text)) return true; // a quarter ("Q4"), a stamp's stray "q": no Vietnamese word is a "q" alone
    // Capitals without a vowel are an acronym even on a heading's line ("KT. CHỦ TỊCH", "PCT", "TP"): a
    // scan drops marks, not whole vowels, so there is nothing to restore.
    if (VOWELLESS_ACRONYM.test(t.text)) return true;
    // Two digits running together are a number ("val00%"), unless read as letters they make a syllable
    // ("ph01", "16ng", "10t": "phối", "lồng", "lột").
    if (/\d\d/.test(t.text) && !digitsReadAsSyllable(t.text)) return true;
    // Caps in running text are acronyms ("CA", "HU"); caps next to caps are a heading.
    if (t.text.length > 1 && isCapsy(t.text) && !/\d/.test(t.text)) {
      const near = (n: Token | undefined, gap: string) => n !== undefined && !/\n|[.;:,]/.test(gap) && /\p{L}/u.test(n.text) && isCapsy(n.text);
      if (!near(tokens[i - 1], t.gap) && !near(tokens[i + 1], tokens[i + 1]?.gap ?? "")) return true;
    }
    return inProtectedChunk(text, t.start, t.end);
  }

  function restore(input: string): string {
    const text = readMarks(normalizeSource(input), model.acronyms);
    const tokens = tokenize(text);
    const { vietnamese, lineOf } = vietnameseTokens(tokens);
    const slots: Slot[] = [];
    tokens.forEach((t, i) => {
      const g = gapForm(t.gap);
      if (g) slots.push({ options: [{ id: g === BOUNDARY_FORM ? BOUNDARY : syllables.known(g), cost: 0 }] });
      const lower = t.text.toLowerCase();
      if (vietnamese[i] && numberReadAsLa(tokens, i)) {
        slots.push({ token: t, index: i, options: [{ id: NUMBER, cost: 0 }, { id: syllables.id("là"), cost: LA_COST }], forms: [t.text, "là"], keepable: 0 });
        return;
      }
      if (fixed(tokens, i, text, vietnamese[i]!)) {
        slots.push({ options: [{ id: isNumber(t.text) ? NUMBER : syllables.known(lower), cost: 0 }] });
        return;
      }
      const scanned = scannedForm(t.text);
      const found = shortlists.get(scanned) ?? shortlist(lexicon.candidates(scanned), scanned);
      if (found.length === 0) {
        slots.push({ options: [{ id: UNKNOWN, cost: 0 }] });
        return;
      }
      const keepable = found.findIndex((c) => c.form === lower);
      slots.push({ token: t, index: i, ...readingsOf(found), keepable });
    });
    // A line whose words (of two letters or more) are in capitals: a heading, where "B" reads "BỘ".
    const caps = new Map<number, { caps: number; words: number }>();
    for (const slot of slots) {
      const t = slot.token;
      if (!t || [...t.text].filter((ch) => ch.toLowerCase() !== ch.toUpperCase()).length < 2) continue;
      const line = lineOf[slot.index!]!;
      const c = caps.get(line) ?? { caps: 0, words: 0 };
      c.words++;
      if (isCapsy(t.text)) c.caps++;
      caps.set(line, c);
    }
    const capsLineOf = (token: number) => {
      const c = caps.get(lineOf[token]!);
      return c !== undefined && c.caps >= 0.8 * c.words;
    };
    const path = decode(syllables, slots.map((s) => s.options), tuning.channelWeight);
    const ids = path.map((p, i) => slots[i]!.options[p]!.id);

    /** ln P of the words at i, i+1, i+2 given the path, with word i read as `id`. */
    const local = (i: number, id: number) => {
      const at = (k: number) => (k === i ? id : k < 0 ? BOUNDARY : ids[k]!);
      let score = 0;
      for (let k = i; k <= Math.min(i + 2, ids.length - 1); k++) {
        // The model's state after a boundary starts afresh.
        const a = at(k - 2);
        const b = at(k - 1);
        score += syllables.logProbability(b === BOUNDARY ? BOUNDARY : a, b, at(k));
        if (at(k) === BOUNDARY) break;
      }
      return score;
    };

    const forms: Array<string | undefined> = [];
    /** Names read by the scan alone, by the folded reading: one name is read alike all through the text. */
    const names = new Map<string, Array<{ slot: number; readings: Candidate[] }>>();
    slots.forEach((slot, i) => {
      const t = slot.token;
      if (!t || !slot.forms) return;
      let choice = path[i]!;
      const keep = slot.keepable ?? -1;
      // A capital the scan made of another letter ("Gng" = "ứng") names nothing.
      const inName = isInsideName(text, t, tokens[slot.index! + 1]) && !capitalOfAnotherLetter(t.text, slot.forms[path[i]!]!);
      if (keep >= 0 && choice !== keep) {
        const w = tuning.channelWeight;
        const gain = local(i, slot.options[choice]!.id) - w * slot.options[choice]!.cost - (local(i, slot.options[keep]!.id) - w * slot.options[keep]!.cost);
        const uses = (form: string) => syllables.uses(modernTonePlacement(form));
        const [asScanned, asRead] = [uses(slot.forms[keep]!), uses(slot.forms[choice]!)];
        // A scanned form with its marks ("thăm") is no product of marks lost: it is read as printed.
        const common = (asScanned > 0 && asScanned * COMMON_RATIO >= asRead) || !/^[a-z]+$/.test(slot.forms[keep]!);
        // A heading in capitals loses its marks far more often than running text: its bare word is no proof.
        const bareHeadingWord = capsLineOf(slot.index!) && isCapsy(t.text) && /^[a-z]+$/.test(slot.forms[keep]!);
        const margin = common && !bareHeadingWord ? tuning.keepMargin : tuning.rareKeepMargin;
        if (gain < margin) choice = keep;
      }
      forms[i] = slot.forms[choice]!;
      // A capitalised word inside a sentence is likely a name ("Tam Đường", "Vinh"): the clean texts' usage of
      // a common word says nothing about it, so it stays as scanned unless they wrote that reading capitalised.
      // Without a scanned form to keep, the scan alone reads it ("Pudng" is "Đường", whatever "động" is to the model).
      if (inName && !model.titled.has(forms[i]!)) {
        if (keep >= 0) forms[i] = slot.forms[keep]!;
        else {
          const readings = lexicon.candidates(scannedForm(t.text));
          const key = fold(readings[0]!.form);
          forms[i] = readings[0]!.form;
          names.set(key, [...(names.get(key) ?? []), { slot: i, readings }]);
        }
      }
    });
    // "Tam Duong" may be "Dương" or "Đường"; "Tam Puong" elsewhere says "Đ": the reading all the scans cost least.
    for (const group of names.values()) {
      if (group.length < 2) continue;
      const all = new Set(group.flatMap((g) => g.readings.map((r) => r.form)));
      let best = "";
      let lowest = Infinity;
      for (const form of all) {
        const total = group.reduce((sum, g) => sum + (g.readings.find((r) => r.form === form)?.cost ?? MISSING_READING), 0);
        if (total < lowest) [best, lowest] = [form, total];
      }
      for (const g of group) if (g.readings.some((r) => r.form === best)) forms[g.slot] = best;
    }
    // Two words that read as a known name ("Tam Pudng", "TAM DPUONG"): the name, read alike all through.
    const slotOf = new Map<number, number>();
    slots.forEach((s, k) => s.index !== undefined && s.forms && slotOf.set(s.index, k));
    const pairs = namePairs(tokens, slotOf, { capsLine: capsLineOf, capsy: isCapsy, readings: (t, slot) => nameReadings(t, forms[slot]) });
    for (const [slot, form] of readNames(model.names, pairs)) forms[slot] = form;

    let out = "";
    let at = 0;
    slots.forEach((slot, i) => {
      const t = slot.token;
      if (!t || !slot.forms) return;
      const form = forms[i]!;
      if (form === t.text.toLowerCase()) return;
      const capsLine = capsLineOf(slot.index!);
      // A capital "I" the scan put for a small "l" inside a sentence ("xử Iý" = "xử lý") is no capital.
      const lForI = /^I\p{Ll}/u.test(t.text) && form.startsWith("l") && !opensSentence(t);
      // A capital vowel alone inside a sentence is the scan's "ở" ("trẻ em O địa phương"), no capital either.
      const markedVowel = /^[AEIOUY]$/.test(t.text) && [...form].length === 1 && !capsLine && !opensSentence(t);
      // Nor is a capital that was another letter ("đáp Gng" = "đáp ứng"), but "P" for a capital "Đ" ("Pảng").
      const otherLetter = capitalOfAnotherLetter(t.text, form) && !opensSentence(t);
      const restored = withCaseOf(lForI || markedVowel || otherLetter ? t.text.toLowerCase() : t.text, form, capsLine);
      if (restored === t.text) return;
      out += text.slice(at, t.start) + restored;
      at = t.end;
    });
    return out + text.slice(at);
  }

  /** Readings of a scanned word that a name may take: those its scan costs little. */
  const nameReadings = (t: Token, form: string | undefined): Candidate[] => {
    // A word scanned with its marks ("Văn") is read as printed, in a name as anywhere.
    const lower = t.text.toLowerCase();
    if (!/^[a-z]+$/.test(lower) && model.lexicon.candidates(lower).some((c) => c.form === lower)) return [{ form: lower, cost: 0 }];
    const readings = lexicon.candidates(scannedForm(t.text)).filter((c) => c.cost <= NAME_READING_COST);
    return form && !readings.some((r) => r.form === form) ? [...readings, { form, cost: 0 }] : readings;
  };

  return {
    restore,
    learn(text) {
      learnText(model, text);
      shortlists.clear();
    },
  };
}


/** A capitalised scan whose first letter reads as another ("Gng" = "ứng"); "P" is a capital "Đ" ("Pảng"). */
function capitalOfAnotherLetter(scan: string, form: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(scan) && scan[0] !== "P" && fold(scan[0]!).toLowerCase() !== fold(form[0] ?? "");
}

/** A reading with its tone placed the old way ("hoá"): a tie-breaker only. */
const OLD_STYLE_COST = 0.02;
/** Most a scan may cost a reading of a name's syllable. */
const NAME_READING_COST = 2.5;

/**
 * A word written "Tam" (capital, then small letters) that does not open a sentence or a line, or that
 * opens one but is followed by another such word ("Tam Duong, ngày…"): a name.
 */
function isInsideName(text: string, t: Token, next: Token | undefined): boolean {
  if (!TITLED.test(t.text)) return false;
  return !opensSentence(t) || (next !== undefined && next.gap === " " && TITLED.test(next.text));
}

/** True for a word that opens a sentence, a line or a list item: its capital says nothing. */
function opensSentence(t: Token): boolean {
  return /[.;:!?]\s*$|\n\s*$|^$/.test(t.gap) || /^\s*[-–•*+]\s*$/.test(t.gap.split("\n").pop() ?? "");
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
