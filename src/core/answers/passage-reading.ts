import { fold } from "../../domain/text/fold.js";

/** A passage's text and the forms answers read it in, each worked out when first needed. */
export type PassageReading = {
  text: string;
  /** Runs of white space as one space, trimmed: what is cut and shown. */
  flat(): string;
  /** fold(flat()): where the words stand in what is shown. */
  foldedFlat(): string;
  /** fold(text): which words the passage holds. */
  folded(): string;
};

function readingOf(text: string): PassageReading {
  let flat: string | undefined;
  let foldedFlat: string | undefined;
  let folded: string | undefined;
  const reading: PassageReading = {
    text,
    flat: () => (flat ??= text.replace(/\s+/g, " ").trim()),
    foldedFlat: () => (foldedFlat ??= fold(reading.flat())),
    folded: () => (folded ??= fold(text)),
  };
  return reading;
}

/**
 * Each row's passage is read once: the plan queries keep a row while the plans stay the same, so this
 * lives as long as they do, and a re-imported plan's new rows are read afresh. Folding the same forty
 * section bodies for every search question was most of its cost. `textOf` must depend on the row alone.
 */
const readings = new WeakMap<object, PassageReading>();

export function passageReading<Row extends object>(row: Row, textOf: (row: Row) => string): PassageReading {
  let reading = readings.get(row);
  if (!reading) readings.set(row, (reading = readingOf(textOf(row))));
  return reading;
}
