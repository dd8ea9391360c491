ALTER TABLE `plans` ADD `preamble` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `closing` text DEFAULT '' NOT NULL;