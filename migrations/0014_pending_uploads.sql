CREATE TABLE `pending_uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`chat_id` text NOT NULL,
	`sender_id` text NOT NULL,
	`file_name` text NOT NULL,
	`file_ref` text NOT NULL,
	`committees_json` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text
);
