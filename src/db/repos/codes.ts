/** One-time codes people type or open: 80 random bits, base32 (no case, no look-alike digits 0/1/8/9). */
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** 16 characters of base32 from 10 random bytes: 80 bits, far beyond guessing at any request rate. */
export function randomCode(bytes = 10): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of data) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** A code as typed: case and spaces or dashes people add while copying do not matter. */
export function normalizeCode(typed: string): string {
  return typed.trim().toLowerCase().replace(/[\s-]+/g, "");
}
