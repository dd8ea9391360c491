/** What every channel adapter needs the same way: constant-time secrets, messages split to a limit. */
import { timingSafeEqual } from "node:crypto";

export function sameSecret(given: string | undefined, expected: string): boolean {
  const a = new TextEncoder().encode(given ?? "");
  const b = new TextEncoder().encode(expected);
  // Compare equal-length buffers so the time taken says nothing about the secret.
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Splits at line boundaries (a longer line at `max`) so no message exceeds `max`, as measured by
 * `measure`: a channel that escapes text measures the escaped length, and splits the raw text, so
 * the cut never falls inside an entity ("&a" | "mp;").
 */
export function splitMessage(text: string, max: number, measure: (s: string) => number = (s) => s.length): string[] {
  if (measure(text) <= max) return [text];
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    for (const piece of measure(line) > max ? cutLine(line, max, measure) : [line]) {
      const next = current ? `${current}\n${piece}` : piece;
      if (measure(next) > max) {
        parts.push(current);
        current = piece;
      } else {
        current = next;
      }
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** A line longer than `max`: cut at the last space that fits, else at `max` (measure adds up per character). */
function cutLine(line: string, max: number, measure: (s: string) => number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (measure(rest) > max) {
    let end = 0;
    let width = 0;
    for (const ch of rest) {
      width += measure(ch);
      if (width > max) break;
      end += ch.length;
    }
    const space = rest.lastIndexOf(" ", end);
    const cut = space > end / 2 ? space : Math.max(end, 1);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, "");
  }
  if (rest) pieces.push(rest);
  return pieces;
}
