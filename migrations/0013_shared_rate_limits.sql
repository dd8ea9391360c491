CREATE TABLE `rate_counts` (
	`key` text NOT NULL,
	`window_start` integer NOT NULL,
	`window_ms` integer NOT NULL,
	`hits` integer NOT NULL,
	PRIMARY KEY(`key`, `window_start`)
);
