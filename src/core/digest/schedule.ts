/** Monday 08:00 in the committee's time zone, unless the committee sets its own (/lichtonghop). */
export const DEFAULT_DIGEST_CRON = "0 8 * * 1";
