import { describe, expect, it } from "vitest";
import { ALL_EXAMPLES } from "../src/ingest/rules/all-examples.js";

/** Every rule module's corpus: what it must read from text written in the genre's pattern, and what it must not. */
describe.each(ALL_EXAMPLES.map((e) => [e.name, e] as const))("%s", (_, corpus) => {
  it.each(corpus.examples.map(([text, want]) => [text, want] as const))("%s", (text, want) => {
    expect(corpus.read(text)).toEqual(want);
  });
});
