/**
 * A digest message that goes out with its chart: the chart's data rides in the message's first line, so
 * the outbox, its splitting and its once-only delivery stay text; each channel's sender takes it off and
 * sends a picture where it can (Telegram: a PNG; Zalo: the PNG's URL) and plain text where it cannot.
 */
import type { ProgressChartData } from "../charts/charts.js";

const MARK = "\u2063chart:";

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(code: string): string {
  const binary = atob(code.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeChart(data: ProgressChartData): string {
  return toBase64Url(JSON.stringify(data));
}

/** The chart's data from its code (a URL's or a message's), or null when it is not one. */
export function decodeChart(code: string): ProgressChartData | null {
  try {
    const data = JSON.parse(fromBase64Url(code)) as ProgressChartData;
    const counts = [...Object.values(data.targets ?? {}), ...Object.values(data.agencies ?? {})];
    const ok = (data.lang === "vi" || data.lang === "en") && typeof data.title === "string" && data.title.length <= 200 && counts.length === 7 && counts.every((n) => Number.isInteger(n) && n >= 0 && n < 1e6);
    return ok ? data : null;
  } catch {
    return null;
  }
}

export function withChart(text: string, data: ProgressChartData): string {
  return `${MARK}${encodeChart(data)}\n${text}`;
}

/** The text to show, and the chart that goes with it if any. */
export function takeChart(text: string): { text: string; chart: ProgressChartData | null; code: string | null } {
  if (!text.startsWith(MARK)) return { text, chart: null, code: null };
  const end = text.indexOf("\n");
  const code = text.slice(MARK.length, end < 0 ? undefined : end);
  return { text: end < 0 ? "" : text.slice(end + 1), chart: decodeChart(code), code };
}
