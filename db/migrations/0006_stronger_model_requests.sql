CREATE TABLE `stronger_model_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer NOT NULL,
	`local_model_call_id` integer NOT NULL,
	`cloud_model_call_id` integer,
	`platform` text NOT NULL,
	`user_id` text NOT NULL,
	`source` text NOT NULL,
	`request_kind` text NOT NULL,
	`difficulty` real NOT NULL,
	`local_tier` text NOT NULL,
	`reasons` text DEFAULT '[]' NOT NULL,
	`status` text NOT NULL,
	FOREIGN KEY (`local_model_call_id`) REFERENCES `model_calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cloud_model_call_id`) REFERENCES `model_calls`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stronger_model_requests_local_call_uq` ON `stronger_model_requests` (`local_model_call_id`);--> statement-breakpoint
CREATE INDEX `stronger_model_requests_created_at_idx` ON `stronger_model_requests` (`created_at`);