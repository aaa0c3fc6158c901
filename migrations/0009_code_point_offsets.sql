ALTER TABLE `claims` ADD `evidence_start_cp` integer;--> statement-breakpoint
ALTER TABLE `claims` ADD `evidence_end_cp` integer;--> statement-breakpoint
CREATE INDEX `claims_cp_pending_idx` ON `claims` (`article_id`) WHERE "claims"."evidence_start_cp" IS NULL OR "claims"."evidence_end_cp" IS NULL;--> statement-breakpoint
ALTER TABLE `mentions` ADD `start_cp` integer;--> statement-breakpoint
ALTER TABLE `mentions` ADD `end_cp` integer;--> statement-breakpoint
CREATE INDEX `mentions_cp_pending_idx` ON `mentions` (`article_id`) WHERE "mentions"."start_cp" IS NULL OR "mentions"."end_cp" IS NULL;--> statement-breakpoint
-- Issue 16: every span is served in code points too (start_cp, end_cp), beside its UTF-16 offsets.
-- SQLite cannot count UTF-16 code units (length() and substr() count characters), so the columns are
-- filled when the database is opened after migrating (src/db/code-points.ts: rows of articles with
-- no character outside the BMP in one UPDATE, where both units agree; the others in JavaScript).
-- Updating each claim renders it again (the triggers of 0005); the rendered claim shows the new pair,
-- its keys in the order of src/domain/api.ts's Claim, as the view is the one definition of claim_docs.
DROP VIEW `claim_json`;
--> statement-breakpoint
CREATE VIEW `claim_json` AS
  SELECT c.seq, c.article_id, c.event_id, c.claimant_id, c.target_id, json_object(
    'id', c.id,
    'kind', c.kind,
    'article', json_object('id', a.id, 'title', a.title, 'outlet', a.outlet, 'published_at', a.published_at),
    'event', CASE WHEN e.id IS NULL THEN NULL ELSE json_object('id', e.id, 'name', e.name) END,
    'claimant', CASE WHEN cl.id IS NULL THEN NULL ELSE json_object('id', cl.id, 'name', cl.name, 'kind', cl.kind) END,
    'claimant_text', c.claimant_text,
    'target', CASE WHEN t.id IS NULL THEN NULL ELSE json_object('id', t.id, 'name', t.name, 'kind', t.kind) END,
    'target_text', c.target_text,
    'stance', c.stance,
    'metric', c.metric,
    'value', c.value,
    'qualifier', c.qualifier,
    'subset', c.subset,
    'quote', c.quote,
    'evidence', json_object('text', c.evidence_text, 'start', c.evidence_start, 'end', c.evidence_end, 'start_cp', c.evidence_start_cp, 'end_cp', c.evidence_end_cp),
    'method', c.method,
    -- As JavaScript writes numbers: 1, not SQLite's 1.0.
    'confidence', CASE WHEN c.confidence = CAST(c.confidence AS INTEGER) THEN CAST(c.confidence AS INTEGER) ELSE c.confidence END
  ) AS body
  FROM claims c
  JOIN articles a ON a.id = c.article_id
  LEFT JOIN events e ON e.id = c.event_id
  LEFT JOIN entities cl ON cl.id = c.claimant_id
  LEFT JOIN entities t ON t.id = c.target_id;
--> statement-breakpoint
-- The kept answers of articles (their mentions and claims) and entity profiles (their claims) show
-- spans without the new pair: each is rendered again when next read.
DELETE FROM `documents`;
