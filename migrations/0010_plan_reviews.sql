CREATE TABLE `plan_reviews` (
	`plan_id` integer PRIMARY KEY NOT NULL,
	`source_text` text NOT NULL,
	`parsed_json` text NOT NULL,
	`corrections_json` text DEFAULT '[]' NOT NULL,
	`report_json` text DEFAULT '{}' NOT NULL,
	`confirmed_at` text,
	`confirmed_by` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
