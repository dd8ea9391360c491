CREATE TABLE `bot_messages` (
	`channel` text NOT NULL,
	`chat_id` text NOT NULL,
	`message_id` text NOT NULL,
	`task_id` integer,
	`target_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`channel`, `chat_id`, `message_id`)
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_progress` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` text NOT NULL,
	`task_id` integer,
	`target_id` integer,
	`agency_id` integer,
	`contact_id` integer,
	`status` text,
	`value` real,
	`note` text,
	`period` text,
	`source_channel` text,
	`source_message_id` text,
	`supersedes` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_progress`("id", "committee_id", "task_id", "target_id", "agency_id", "contact_id", "status", "value", "note", "period", "source_channel", "source_message_id", "supersedes", "created_at") SELECT "id", "committee_id", "task_id", "target_id", "agency_id", "contact_id", "status", "value", "note", "period", "source_channel", "source_message_id", "supersedes", "created_at" FROM `progress`;--> statement-breakpoint
DROP TABLE `progress`;--> statement-breakpoint
ALTER TABLE `__new_progress` RENAME TO `progress`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `progress_task` ON `progress` (`task_id`);--> statement-breakpoint
CREATE INDEX `progress_target` ON `progress` (`target_id`);--> statement-breakpoint
CREATE INDEX `progress_agency` ON `progress` (`agency_id`);