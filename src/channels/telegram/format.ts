import { splitMessage } from "../shared.js";

/** Telegram's text rules: HTML-escaped text, at most 4,096 characters a message, 64 bytes of callback data. */
export const TELEGRAM_MAX_TEXT = 4096;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function splitTelegram(text: string): string[] {
  return splitMessage(text, TELEGRAM_MAX_TEXT);
}

/** Raw text → escaped parts of at most 4,096 characters each, cut in the raw text so no entity is split. */
export function escapedParts(raw: string, max = TELEGRAM_MAX_TEXT): string[] {
  return splitMessage(raw, max, (s) => escapeHtml(s).length).map(escapeHtml);
}

/** Callback data must fit 64 bytes; longer values cannot be buttons. */
export function fitsCallback(value: string): boolean {
  return new TextEncoder().encode(value).length <= 64;
}
