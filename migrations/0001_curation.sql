CREATE TABLE `audit` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`resource` text NOT NULL,
	`resource_id` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_resource_idx` ON `audit` (`resource`,`resource_id`,`seq`);--> statement-breakpoint
CREATE TABLE `entity_redirects` (
	`from_id` text PRIMARY KEY NOT NULL,
	`to_id` text NOT NULL,
	`merged_at` text NOT NULL,
	FOREIGN KEY (`to_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
