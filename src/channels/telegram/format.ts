/** Telegram's text rules: HTML-escaped text, at most 4,096 characters a message, 64 bytes of callback data. */
export const TELEGRAM_MAX_TEXT = 4096;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Splits at paragraph, then line, boundaries so no message exceeds `max`. */
export function splitMessage(text: string, max = TELEGRAM_MAX_TEXT): string[] {
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

/** Callback data must fit 64 bytes; longer values cannot be buttons. */
export function fitsCallback(value: string): boolean {
  return new TextEncoder().encode(value).length <= 64;
}
