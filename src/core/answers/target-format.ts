import type { Lang } from "../types.js";

type TargetFigure = { comparator: string; value: number; unit: string; quote: string };

const COMPARATOR_WORDS: Record<Lang, Record<string, string>> = {
  vi: { "<": "dưới", "<=": "không quá", ">": "trên", ">=": "đạt", "=": "bằng" },
  en: { "<": "below", "<=": "at most", ">": "above", ">=": "at least", "=": "exactly" },
};

export function comparatorWords(comparator: string, lang: Lang): string {
  return COMPARATOR_WORDS[lang][comparator] ?? comparator;
}

/** The number as the plan wrote it ("3,2", "1,0", "100.000"), found in its own quote when possible. */
export function planNumber(target: TargetFigure): string {
  const numbers = target.quote.match(/\d+(?:[.,]\d+)*/g) ?? [];
  for (const raw of numbers) {
    const asNumber = Number(raw.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", "."));
    if (asNumber === target.value) return raw;
  }
  return String(target.value).replace(".", ",");
}

/** "dưới 3,2‰", "đạt 99,1%", "below 550/100.000 trẻ em". */
export function targetFigure(target: TargetFigure, lang: Lang): string {
  const unit = target.unit.startsWith("/") || target.unit === "%" || target.unit === "‰" ? target.unit : ` ${target.unit}`;
  return `${comparatorWords(target.comparator, lang)} ${planNumber(target)}${unit}`;
}
