/**
 * The syllables a scanned word may stand for: a trie of the known syllables
 * searched with the OCR confusion costs (a weighted edit distance, pruned as
 * soon as every path costs more than the limit). Characters are numbered and
 * their costs kept in tables, so a search is array arithmetic.
 */
import { deletion, insertion, substitution } from "./confusion.js";

type Node = { children: Node[]; char: number; word: string | null };

export type Candidate = { form: string; cost: number };

/** Most a reading may cost before it is no longer a candidate. */
const MAX_COST = 3.6;
/** Cost of a character the scan put before the word's first letter. */
const LEADING_INSERTION = 3;
/** Longest syllable ("nghiêng") plus room for what a scan adds. */
const MAX_DEPTH = 12;

export function createLexicon() {
  const root: Node = { children: [], char: -1, word: null };
  const memo = new Map<string, Candidate[]>();
  const chars: string[] = [];
  const charIds = new Map<string, number>();
  /** substitution cost of printed char p read as scanned char s, at p * ALPHABET + s; NaN until computed. */
  const ALPHABET = 512;
  const subCost = new Float64Array(ALPHABET * ALPHABET).fill(Number.NaN);
  const delCost: number[] = [];
  const insCost: number[] = [];
  let size = 0;

  function charId(ch: string): number {
    let id = charIds.get(ch);
    if (id === undefined) {
      id = chars.length < ALPHABET - 1 ? chars.length : ALPHABET - 1;
      if (id === chars.length) {
        charIds.set(ch, id);
        chars.push(ch);
        delCost.push(deletion(ch));
        insCost.push(insertion(ch));
      }
    }
    return id;
  }
  charId("\u0000"); // the shared id of characters beyond the table

  function sub(p: number, s: number): number {
    const at = p * ALPHABET + s;
    let v = subCost[at]!;
    if (Number.isNaN(v)) subCost[at] = v = substitution(chars[p]!, chars[s]!);
    return v;
  }

  function add(form: string): void {
    let node = root;
    for (const ch of form) {
      const c = charId(ch);
      let next = node.children.find((n) => n.char === c);
      if (!next) node.children.push((next = { children: [], char: c, word: null }));
      node = next;
    }
    if (node.word === null) {
      node.word = form;
      size++;
      memo.clear();
    }
  }

  /** Known syllables the scanned (lowercased) characters may be, cheapest first. */
  function candidates(scanned: string): Candidate[] {
    const cached = memo.get(scanned);
    if (cached) return cached;
    const o = [...scanned].map(charId);
    const n = o.length;
    const found: Candidate[] = [];
    if (n > MAX_DEPTH) return found;
    const rows = Array.from({ length: MAX_DEPTH + 4 }, () => new Float64Array(n + 1));
    // Nothing is added before a word's first letter ("thang" is not "hàng" with a "t" in front).
    for (let j = 1; j <= n; j++) rows[0]![j] = rows[0]![j - 1]! + Math.max(insCost[o[j - 1]!]!, LEADING_INSERTION);
    const walk = (node: Node, depth: number) => {
      if (depth > MAX_DEPTH + 2) return;
      const row = rows[depth]!;
      const next = rows[depth + 1]!;
      for (const child of node.children) {
        const c = child.char;
        const del = delCost[c]!;
        next[0] = row[0]! + del;
        let min = next[0]!;
        for (let j = 1; j <= n; j++) {
          const oj = o[j - 1]!;
          let v = row[j - 1]! + sub(c, oj);
          const d = row[j]! + del;
          if (d < v) v = d;
          const i = next[j - 1]! + insCost[oj]!;
          if (i < v) v = i;
          next[j] = v;
          if (v < min) min = v;
        }
        if (min > MAX_COST) continue;
        if (child.word !== null && next[n]! <= MAX_COST) found.push({ form: child.word, cost: next[n]! });
        walk(child, depth + 1);
      }
    };
    walk(root, 0);
    found.sort((a, b) => a.cost - b.cost);
    memo.set(scanned, found);
    return found;
  }

  return {
    add,
    candidates,
    get size() {
      return size;
    },
  };
}
