DROP INDEX `identities_channel_external`;--> statement-breakpoint
CREATE UNIQUE INDEX `identities_contact_channel_external` ON `identities` (`contact_id`,`channel`,`external_id`);--> statement-breakpoint
CREATE INDEX `identities_channel_external_id` ON `identities` (`channel`,`external_id`);