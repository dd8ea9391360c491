/**
 * Remembers what `compute` gave for each key, up to `limit` keys; past that it starts again, so a
 * long-running process never holds more. For pure work repeated with the same inputs many times.
 */
export function memoBy<A, T>(keyOf: (input: A) => string, compute: (input: A) => T, limit = 5000): (input: A) => T {
  const seen = new Map<string, T>();
  return (input) => {
    const key = keyOf(input);
    const known = seen.get(key);
    if (known !== undefined) return known;
    if (seen.size >= limit) seen.clear();
    const value = compute(input);
    seen.set(key, value);
    return value;
  };
}
