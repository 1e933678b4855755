-- The request journal replaces processed_events: a claim now carries the request to its end.
DROP TABLE IF EXISTS `processed_events`;
--> statement-breakpoint
CREATE TABLE `request_journal` (
	`request_id` text PRIMARY KEY NOT NULL,
	`delivery_key` text NOT NULL,
	`platform` text NOT NULL,
	`channel_id` text NOT NULL,
	`user_id` text NOT NULL,
	`status` text NOT NULL,
	`message` text,
	`reply_location` text,
	`posting_started_at` integer,
	`attempts` integer DEFAULT 1 NOT NULL,
	`owner` text NOT NULL,
	`lease_expires_at` integer NOT NULL,
	`claimed_at` integer NOT NULL,
	`finished_at` integer,
	`error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_journal_delivery_key_unique` ON `request_journal` (`delivery_key`);
--> statement-breakpoint
CREATE INDEX `request_journal_open_idx` ON `request_journal` (`status`,`lease_expires_at`);
