/** Folded Vietnamese syllable shape: onset, 1–3 vowels, coda. */
export const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:[aeiouy]|a[iouy]|e[ou]|i[aeu]|o[aeio]|u[aeiouy]|y[ae]|oa[iy]|oeo|ua[iy]|uo[iu]|uy[aeu]|[iy]eu)(?:ch|ng|nh|[cmnpt])?$/;
