DROP INDEX `claims_event_targets_idx`;--> statement-breakpoint
ALTER TABLE `claims` ADD `claimant_text` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `target_text` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `subset` text;--> statement-breakpoint
CREATE INDEX `claims_event_targets_idx` ON `claims` (`event_id`,`kind`,`target_id`,`stance`,`claimant_id`,`target_text`,`claimant_text`);--> statement-breakpoint
-- docs/annotation.md: claims keep a claimant or target named only by description as written, and a
-- count the part of the victims it is about. The rendered claim shows the three fields (the view is
-- the one definition of claim_docs' rows, its keys in the order of src/domain/api.ts's Claim) ...
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
    'evidence', json_object('text', c.evidence_text, 'start', c.evidence_start, 'end', c.evidence_end),
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
DELETE FROM `claim_docs`;
--> statement-breakpoint
INSERT INTO `claim_docs` (`seq`, `body`) SELECT seq, body FROM claim_json;
--> statement-breakpoint
-- ... and an event's figure readings (its totals, ranges and consistency) count totals only: a
-- figure with a subset ("of whom 25 were women") is shown apart. The summary's definition from now
-- on (src/db/summaries.ts reads the latest definition of each table and trigger):
DELETE FROM `event_figure_stats`;
--> statement-breakpoint
INSERT INTO `event_figure_stats` (`event_id`, `metric`, `value`, `qualifier`, `claims`)
  SELECT event_id, metric, value, qualifier, count(*) FROM claims
  WHERE kind = 'count' AND subset IS NULL AND event_id IS NOT NULL AND metric IS NOT NULL AND value IS NOT NULL AND qualifier IS NOT NULL
  GROUP BY event_id, metric, value, qualifier;
--> statement-breakpoint
DROP TRIGGER `summaries_claim_insert`;
--> statement-breakpoint
DROP TRIGGER `summaries_claim_delete`;
--> statement-breakpoint
DROP TRIGGER `summaries_claim_update`;
--> statement-breakpoint
CREATE TRIGGER `summaries_claim_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO event_figure_stats (event_id, metric, value, qualifier, claims)
    SELECT NEW.event_id, NEW.metric, NEW.value, NEW.qualifier, 1
    WHERE NEW.kind = 'count' AND NEW.subset IS NULL AND NEW.event_id IS NOT NULL AND NEW.metric IS NOT NULL AND NEW.value IS NOT NULL AND NEW.qualifier IS NOT NULL
    ON CONFLICT (event_id, metric, value, qualifier) DO UPDATE SET claims = claims + 1;
  INSERT INTO event_target_stats (event_id, target_id, claimant_key, stance, claims)
    SELECT NEW.event_id, NEW.target_id, coalesce(NEW.claimant_id, ''), NEW.stance, 1
    WHERE NEW.kind = 'responsibility' AND NEW.event_id IS NOT NULL AND NEW.target_id IS NOT NULL AND NEW.stance IS NOT NULL
    ON CONFLICT (event_id, target_id, claimant_key, stance) DO UPDATE SET claims = claims + 1;
  INSERT INTO entity_event_stats (entity_id, event_key, articles, mentions, claims_made, claims_about)
    SELECT NEW.claimant_id, coalesce(NEW.event_id, ''), 0, 0, 1, 0 WHERE NEW.claimant_id IS NOT NULL
    ON CONFLICT (entity_id, event_key) DO UPDATE SET claims_made = claims_made + 1;
  INSERT INTO entity_event_stats (entity_id, event_key, articles, mentions, claims_made, claims_about)
    SELECT NEW.target_id, coalesce(NEW.event_id, ''), 0, 0, 0, 1 WHERE NEW.target_id IS NOT NULL
    ON CONFLICT (entity_id, event_key) DO UPDATE SET claims_about = claims_about + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `summaries_claim_delete` AFTER DELETE ON `claims` BEGIN
  UPDATE event_figure_stats SET claims = claims - 1
    WHERE OLD.kind = 'count' AND OLD.subset IS NULL AND event_id = OLD.event_id AND metric = OLD.metric AND value = OLD.value AND qualifier = OLD.qualifier;
  DELETE FROM event_figure_stats
    WHERE event_id = OLD.event_id AND metric = OLD.metric AND value = OLD.value AND qualifier = OLD.qualifier AND claims <= 0;
  UPDATE event_target_stats SET claims = claims - 1
    WHERE OLD.kind = 'responsibility' AND event_id = OLD.event_id AND target_id = OLD.target_id AND claimant_key = coalesce(OLD.claimant_id, '') AND stance = OLD.stance;
  DELETE FROM event_target_stats
    WHERE event_id = OLD.event_id AND target_id = OLD.target_id AND claimant_key = coalesce(OLD.claimant_id, '') AND stance = OLD.stance AND claims <= 0;
  UPDATE entity_event_stats SET claims_made = claims_made - 1 WHERE entity_id = OLD.claimant_id AND event_key = coalesce(OLD.event_id, '');
  UPDATE entity_event_stats SET claims_about = claims_about - 1 WHERE entity_id = OLD.target_id AND event_key = coalesce(OLD.event_id, '');
  DELETE FROM entity_event_stats WHERE entity_id IN (OLD.claimant_id, OLD.target_id) AND event_key = coalesce(OLD.event_id, '')
    AND articles = 0 AND mentions = 0 AND claims_made = 0 AND claims_about = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `summaries_claim_update` AFTER UPDATE OF event_id, kind, claimant_id, target_id, stance, metric, value, qualifier, subset ON `claims` BEGIN
  UPDATE event_figure_stats SET claims = claims - 1
    WHERE OLD.kind = 'count' AND OLD.subset IS NULL AND event_id = OLD.event_id AND metric = OLD.metric AND value = OLD.value AND qualifier = OLD.qualifier;
  DELETE FROM event_figure_stats
    WHERE event_id = OLD.event_id AND metric = OLD.metric AND value = OLD.value AND qualifier = OLD.qualifier AND claims <= 0;
  UPDATE event_target_stats SET claims = claims - 1
    WHERE OLD.kind = 'responsibility' AND event_id = OLD.event_id AND target_id = OLD.target_id AND claimant_key = coalesce(OLD.claimant_id, '') AND stance = OLD.stance;
  DELETE FROM event_target_stats
    WHERE event_id = OLD.event_id AND target_id = OLD.target_id AND claimant_key = coalesce(OLD.claimant_id, '') AND stance = OLD.stance AND claims <= 0;
  UPDATE entity_event_stats SET claims_made = claims_made - 1 WHERE entity_id = OLD.claimant_id AND event_key = coalesce(OLD.event_id, '');
  UPDATE entity_event_stats SET claims_about = claims_about - 1 WHERE entity_id = OLD.target_id AND event_key = coalesce(OLD.event_id, '');
  DELETE FROM entity_event_stats WHERE entity_id IN (OLD.claimant_id, OLD.target_id) AND event_key = coalesce(OLD.event_id, '')
    AND articles = 0 AND mentions = 0 AND claims_made = 0 AND claims_about = 0;
  INSERT INTO event_figure_stats (event_id, metric, value, qualifier, claims)
    SELECT NEW.event_id, NEW.metric, NEW.value, NEW.qualifier, 1
    WHERE NEW.kind = 'count' AND NEW.subset IS NULL AND NEW.event_id IS NOT NULL AND NEW.metric IS NOT NULL AND NEW.value IS NOT NULL AND NEW.qualifier IS NOT NULL
    ON CONFLICT (event_id, metric, value, qualifier) DO UPDATE SET claims = claims + 1;
  INSERT INTO event_target_stats (event_id, target_id, claimant_key, stance, claims)
    SELECT NEW.event_id, NEW.target_id, coalesce(NEW.claimant_id, ''), NEW.stance, 1
    WHERE NEW.kind = 'responsibility' AND NEW.event_id IS NOT NULL AND NEW.target_id IS NOT NULL AND NEW.stance IS NOT NULL
    ON CONFLICT (event_id, target_id, claimant_key, stance) DO UPDATE SET claims = claims + 1;
  INSERT INTO entity_event_stats (entity_id, event_key, articles, mentions, claims_made, claims_about)
    SELECT NEW.claimant_id, coalesce(NEW.event_id, ''), 0, 0, 1, 0 WHERE NEW.claimant_id IS NOT NULL
    ON CONFLICT (entity_id, event_key) DO UPDATE SET claims_made = claims_made + 1;
  INSERT INTO entity_event_stats (entity_id, event_key, articles, mentions, claims_made, claims_about)
    SELECT NEW.target_id, coalesce(NEW.event_id, ''), 0, 0, 0, 1 WHERE NEW.target_id IS NOT NULL
    ON CONFLICT (entity_id, event_key) DO UPDATE SET claims_about = claims_about + 1;
END;
