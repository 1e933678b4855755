CREATE TABLE IF NOT EXISTS `knowledge_folder_channels` (
	`folder` text NOT NULL,
	`channel` text NOT NULL,
	PRIMARY KEY(`folder`, `channel`)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `knowledge_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
