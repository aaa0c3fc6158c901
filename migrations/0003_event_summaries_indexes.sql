CREATE INDEX `articles_event_published_idx` ON `articles` (`event_id`,`published_at`,`seq`);--> statement-breakpoint
CREATE INDEX `claims_event_figures_idx` ON `claims` (`event_id`,`kind`,`metric`,`qualifier`,`value`);--> statement-breakpoint
CREATE INDEX `claims_event_targets_idx` ON `claims` (`event_id`,`kind`,`target_id`,`stance`,`claimant_id`);