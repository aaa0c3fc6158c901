-- Article content hashes over the text as a reader sees it (issue 16): rows made before this migration
-- keep hash_version 0 until src/ingest/rehash.ts hashes them again at start and merges duplicates.
ALTER TABLE `articles` ADD `hash_version` integer DEFAULT 0 NOT NULL;