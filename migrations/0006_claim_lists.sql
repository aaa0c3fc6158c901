-- The rendered claims of one kind and its own field (a count's metric, a responsibility claim's stance) side by
-- side in seq order, read from the body itself: a page of /v1/claims?kind=count&metric=killed (or of one
-- stance, or of quotes) is one contiguous read of this index, however deep, where it was one lookup per claim.
ALTER TABLE `claim_docs` ADD `kind` text GENERATED ALWAYS AS (json_extract(body, '$.kind')) VIRTUAL;--> statement-breakpoint
ALTER TABLE `claim_docs` ADD `facet` text GENERATED ALWAYS AS (CASE json_extract(body, '$.kind') WHEN 'count' THEN json_extract(body, '$.metric') WHEN 'responsibility' THEN json_extract(body, '$.stance') END) VIRTUAL;--> statement-breakpoint
CREATE INDEX `claim_docs_list_idx` ON `claim_docs` (`kind`,`facet`,`seq`,`body`);