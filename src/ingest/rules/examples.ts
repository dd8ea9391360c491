/**
 * The shape every rule module's example corpus takes (as facebook/duckling's
 * corpora): a reader, and texts written in the genre's pattern with the value
 * it must read, null or [] where it must read nothing. One generic test
 * (test/rules.test.ts) runs them all.
 */
export type Examples<T> = {
  name: string;
  read: (text: string) => T;
  examples: Array<[text: string, want: T]>;
};
