CREATE TABLE `stand_ins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`committee_id` text NOT NULL,
	`agency_id` integer NOT NULL,
	`absent_contact_id` integer NOT NULL,
	`deputy_contact_id` integer,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`used_at` text,
	`cancelled_at` text,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`absent_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deputy_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stand_ins_code_unique` ON `stand_ins` (`code`);--> statement-breakpoint
CREATE INDEX `stand_ins_absent` ON `stand_ins` (`absent_contact_id`,`ends_on`);--> statement-breakpoint
ALTER TABLE `contacts` ADD `active_from` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `active_until` text;