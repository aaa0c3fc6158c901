CREATE TABLE `articles` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`title` text,
	`outlet` text,
	`url` text,
	`published_at` text,
	`language` text NOT NULL,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	`word_count` integer NOT NULL,
	`event_id` text,
	`ingested_at` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_id_unique` ON `articles` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_unique` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE INDEX `articles_event_idx` ON `articles` (`event_id`,`seq`);--> statement-breakpoint
CREATE INDEX `articles_outlet_idx` ON `articles` (`outlet`,`seq`);--> statement-breakpoint
CREATE TABLE `claims` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`article_id` text NOT NULL,
	`event_id` text,
	`kind` text NOT NULL,
	`claimant_id` text,
	`target_id` text,
	`stance` text,
	`metric` text,
	`value` integer,
	`qualifier` text,
	`quote` text,
	`evidence_text` text NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`method` text NOT NULL,
	`confidence` real NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`claimant_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`target_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_id_unique` ON `claims` (`id`);--> statement-breakpoint
CREATE INDEX `claims_event_kind_idx` ON `claims` (`event_id`,`kind`,`seq`);--> statement-breakpoint
CREATE INDEX `claims_article_idx` ON `claims` (`article_id`,`seq`);--> statement-breakpoint
CREATE INDEX `claims_claimant_idx` ON `claims` (`claimant_id`,`seq`);--> statement-breakpoint
CREATE INDEX `claims_target_idx` ON `claims` (`target_id`,`seq`);--> statement-breakpoint
CREATE INDEX `claims_kind_metric_idx` ON `claims` (`kind`,`metric`,`seq`);--> statement-breakpoint
CREATE INDEX `claims_kind_stance_idx` ON `claims` (`kind`,`stance`,`seq`);--> statement-breakpoint
CREATE INDEX `claims_method_idx` ON `claims` (`method`,`seq`);--> statement-breakpoint
CREATE TABLE `entities` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` text,
	`description` text,
	`wikidata` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entities_id_unique` ON `entities` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `entities_slug_unique` ON `entities` (`slug`);--> statement-breakpoint
CREATE INDEX `entities_kind_name_idx` ON `entities` (`kind`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `entities_name_idx` ON `entities` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `entities_parent_idx` ON `entities` (`parent_id`);--> statement-breakpoint
CREATE TABLE `entity_aliases` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_id` text NOT NULL,
	`kind` text NOT NULL,
	`alias` text NOT NULL,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entity_aliases_kind_alias_uq` ON `entity_aliases` (`kind`,`alias`);--> statement-breakpoint
CREATE INDEX `entity_aliases_entity_idx` ON `entity_aliases` (`entity_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`date` text,
	`place_id` text,
	`parent_id` text,
	`description` text,
	FOREIGN KEY (`place_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`parent_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_id_unique` ON `events` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE INDEX `events_place_idx` ON `events` (`place_id`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`entity_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentions_article_span_uq` ON `mentions` (`article_id`,`start`,`end`);--> statement-breakpoint
CREATE INDEX `mentions_entity_article_idx` ON `mentions` (`entity_id`,`article_id`);