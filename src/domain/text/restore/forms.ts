/** Forms of the syllable model that are not syllables. */
export const BOUNDARY_FORM = "<s>";
export const NUMBER_FORM = "<n>";
export const UNKNOWN_FORM = "<unk>";
