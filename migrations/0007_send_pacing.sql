CREATE TABLE `send_pacing` (
	`chat_id` integer PRIMARY KEY NOT NULL,
	`next_at` integer NOT NULL
);
