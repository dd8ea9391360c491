import { Cron } from "croner";

/** Reads the admin web's form fields: trimmed strings, "" when absent. */
export function field(body: Record<string, unknown>, name: string, max = 2000): string {
  const value = body[name];
  return typeof value === "string" ? value.trim().slice(0, max) : "";
}

export function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return Boolean(tz);
  } catch {
    return false;
  }
}

export function validCron(cron: string): boolean {
  try {
    new Cron(cron, { paused: true }).stop();
    return cron.split(/\s+/).length === 5;
  } catch {
    return false;
  }
}
