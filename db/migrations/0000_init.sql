CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_call_id` integer NOT NULL,
	`platform` text NOT NULL,
	`user_id` text NOT NULL,
	`rating` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`model_call_id`) REFERENCES `model_calls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_call_user_uq` ON `feedback` (`model_call_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `job_runs` (
	`job` text NOT NULL,
	`slot` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`claimed_at` integer NOT NULL,
	`finished_at` integer,
	`error` text,
	PRIMARY KEY(`job`, `slot`)
);
--> statement-breakpoint
CREATE TABLE `knowledge_chunks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`heading_path` text NOT NULL,
	`text` text NOT NULL,
	`token_count` integer NOT NULL,
	`embedding_model` text,
	`embedding_norm` real,
	FOREIGN KEY (`document_id`) REFERENCES `knowledge_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `knowledge_chunks_document_idx` ON `knowledge_chunks` (`document_id`);--> statement-breakpoint
CREATE TABLE `knowledge_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_path` text NOT NULL,
	`folder` text NOT NULL,
	`title` text NOT NULL,
	`format` text NOT NULL,
	`content_hash` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`link` text,
	`indexed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_documents_source_path_unique` ON `knowledge_documents` (`source_path`);--> statement-breakpoint
CREATE TABLE `model_calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer NOT NULL,
	`request_id` text NOT NULL,
	`platform` text NOT NULL,
	`channel_id` text,
	`channel_name` text,
	`user_id` text,
	`command` text NOT NULL,
	`purpose` text NOT NULL,
	`provider` text NOT NULL,
	`model` text NOT NULL,
	`location` text NOT NULL,
	`route` text NOT NULL,
	`reasons` text DEFAULT '[]' NOT NULL,
	`input_tokens` integer,
	`cached_input_tokens` integer,
	`output_tokens` integer,
	`latency_ms` integer NOT NULL,
	`cost_usd_micros` integer,
	`cost_status` text NOT NULL,
	`counterfactual_cost_usd_micros` integer,
	`price_source` text,
	`status` text NOT NULL,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `model_calls_created_at_idx` ON `model_calls` (`created_at`);--> statement-breakpoint
CREATE INDEX `model_calls_user_day_idx` ON `model_calls` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `processed_events` (
	`event_key` text PRIMARY KEY NOT NULL,
	`received_at` integer NOT NULL
);
