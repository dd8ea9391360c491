/** What every channel adapter needs the same way: constant-time secrets, messages split to a limit. */
import { timingSafeEqual } from "node:crypto";

export function sameSecret(given: string | undefined, expected: string): boolean {
  const a = new TextEncoder().encode(given ?? "");
  const b = new TextEncoder().encode(expected);
  // Compare equal-length buffers so the time taken says nothing about the secret.
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Splits at line boundaries (a longer line at `max`) so no message exceeds `max` characters. */
export function splitMessage(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const pieces = line.length > max ? line.match(new RegExp(`[\\s\\S]{1,${max}}`, "g"))! : [line];
    for (const piece of pieces) {
      const next = current ? `${current}\n${piece}` : piece;
      if (next.length > max) {
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
