CREATE TABLE `knowledge_sources` (
	`name` text PRIMARY KEY NOT NULL,
	`path` text NOT NULL,
	`origin` text NOT NULL,
	`added_at` integer NOT NULL,
	`last_indexed_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_sources_path_unique` ON `knowledge_sources` (`path`);--> statement-breakpoint
ALTER TABLE `knowledge_documents` ADD `modified_at` integer;--> statement-breakpoint
CREATE INDEX `knowledge_documents_folder_idx` ON `knowledge_documents` (`folder`);