CREATE TABLE `health_probe` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`by` text
);
--> statement-breakpoint
CREATE TABLE `job_ticks` (
	`job` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`ok` integer NOT NULL,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `progress_supersedes` ON `progress` (`supersedes`);--> statement-breakpoint
CREATE INDEX `progress_contact` ON `progress` (`contact_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `progress_committee_created` ON `progress` (`committee_id`,`created_at`);--> statement-breakpoint
-- Rows filed twice from one message before this index existed keep their history under a distinct id.
UPDATE `progress` SET `source_message_id` = `source_message_id` || ':dup' || `id` WHERE `source_message_id` IS NOT NULL AND `id` NOT IN (SELECT min(`id`) FROM `progress` GROUP BY `source_channel`, `source_message_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `progress_source_once` ON `progress` (`source_channel`,`source_message_id`);