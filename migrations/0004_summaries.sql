CREATE TABLE `article_entities` (
	`article_id` text NOT NULL,
	`entity_id` text NOT NULL,
	`event_key` text NOT NULL,
	`article_seq` integer NOT NULL,
	`mentions` integer NOT NULL,
	PRIMARY KEY(`article_id`, `entity_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `article_entities_entity_idx` ON `article_entities` (`entity_id`,`mentions` DESC,`article_seq` DESC);--> statement-breakpoint
CREATE TABLE `co_mentions` (
	`entity_id` text NOT NULL,
	`event_key` text NOT NULL,
	`other_id` text NOT NULL,
	`articles` integer NOT NULL,
	PRIMARY KEY(`entity_id`, `event_key`, `other_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `co_mentions_top_idx` ON `co_mentions` (`entity_id`,`event_key`,`articles` DESC,`other_id`);--> statement-breakpoint
CREATE TABLE `entity_event_stats` (
	`entity_id` text NOT NULL,
	`event_key` text NOT NULL,
	`articles` integer NOT NULL,
	`mentions` integer NOT NULL,
	`claims_made` integer NOT NULL,
	`claims_about` integer NOT NULL,
	PRIMARY KEY(`entity_id`, `event_key`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `event_figure_stats` (
	`event_id` text NOT NULL,
	`metric` text NOT NULL,
	`value` integer NOT NULL,
	`qualifier` text NOT NULL,
	`claims` integer NOT NULL,
	PRIMARY KEY(`event_id`, `metric`, `value`, `qualifier`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `event_target_stats` (
	`event_id` text NOT NULL,
	`target_id` text NOT NULL,
	`claimant_key` text NOT NULL,
	`stance` text NOT NULL,
	`claims` integer NOT NULL,
	PRIMARY KEY(`event_id`, `target_id`, `claimant_key`, `stance`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Backfill: the summaries of the rows already stored. Each is also the definition the tests
-- compare the trigger-kept tables with.
INSERT INTO `article_entities` (`article_id`, `entity_id`, `event_key`, `article_seq`, `mentions`)
  SELECT m.article_id, m.entity_id, coalesce(a.event_id, ''), a.seq, count(*)
  FROM mentions m JOIN articles a ON a.id = m.article_id
  GROUP BY m.article_id, m.entity_id;
--> statement-breakpoint
INSERT INTO `co_mentions` (`entity_id`, `event_key`, `other_id`, `articles`)
  SELECT x.entity_id, x.event_key, y.entity_id, count(*)
  FROM article_entities x JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id <> x.entity_id
  GROUP BY x.entity_id, x.event_key, y.entity_id;
--> statement-breakpoint
INSERT INTO `entity_event_stats` (`entity_id`, `event_key`, `articles`, `mentions`, `claims_made`, `claims_about`)
  SELECT entity_id, event_key, sum(articles), sum(mentions), sum(claims_made), sum(claims_about) FROM (
    SELECT entity_id, event_key, count(*) AS articles, sum(mentions) AS mentions, 0 AS claims_made, 0 AS claims_about
      FROM article_entities GROUP BY entity_id, event_key
    UNION ALL
    SELECT claimant_id, coalesce(event_id, ''), 0, 0, count(*), 0 FROM claims WHERE claimant_id IS NOT NULL GROUP BY claimant_id, coalesce(event_id, '')
    UNION ALL
    SELECT target_id, coalesce(event_id, ''), 0, 0, 0, count(*) FROM claims WHERE target_id IS NOT NULL GROUP BY target_id, coalesce(event_id, '')
  )
  GROUP BY entity_id, event_key;
--> statement-breakpoint
INSERT INTO `event_figure_stats` (`event_id`, `metric`, `value`, `qualifier`, `claims`)
  SELECT event_id, metric, value, qualifier, count(*) FROM claims
  WHERE kind = 'count' AND event_id IS NOT NULL AND metric IS NOT NULL AND value IS NOT NULL AND qualifier IS NOT NULL
  GROUP BY event_id, metric, value, qualifier;
--> statement-breakpoint
INSERT INTO `event_target_stats` (`event_id`, `target_id`, `claimant_key`, `stance`, `claims`)
  SELECT event_id, target_id, coalesce(claimant_id, ''), stance, count(*) FROM claims
  WHERE kind = 'responsibility' AND event_id IS NOT NULL AND target_id IS NOT NULL AND stance IS NOT NULL
  GROUP BY event_id, target_id, coalesce(claimant_id, ''), stance;
--> statement-breakpoint
-- Mentions → the entities of each article. A row appears with an entity's first mention in an
-- article and goes with its last.
CREATE TRIGGER `summaries_mention_insert` AFTER INSERT ON `mentions` BEGIN
  INSERT INTO article_entities (article_id, entity_id, event_key, article_seq, mentions)
    SELECT NEW.article_id, NEW.entity_id, coalesce(a.event_id, ''), a.seq, 1 FROM articles a WHERE a.id = NEW.article_id
    ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = mentions + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `summaries_mention_delete` AFTER DELETE ON `mentions` BEGIN
  UPDATE article_entities SET mentions = mentions - 1 WHERE article_id = OLD.article_id AND entity_id = OLD.entity_id;
  DELETE FROM article_entities WHERE article_id = OLD.article_id AND entity_id = OLD.entity_id AND mentions <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `summaries_mention_update` AFTER UPDATE OF article_id, entity_id ON `mentions` BEGIN
  UPDATE article_entities SET mentions = mentions - 1 WHERE article_id = OLD.article_id AND entity_id = OLD.entity_id;
  DELETE FROM article_entities WHERE article_id = OLD.article_id AND entity_id = OLD.entity_id AND mentions <= 0;
  INSERT INTO article_entities (article_id, entity_id, event_key, article_seq, mentions)
    SELECT NEW.article_id, NEW.entity_id, coalesce(a.event_id, ''), a.seq, 1 FROM articles a WHERE a.id = NEW.article_id
    ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = mentions + 1;
END;
--> statement-breakpoint
-- An article moved to another event: its entities leave the old event's summaries and join the new.
CREATE TRIGGER `summaries_article_event` AFTER UPDATE OF event_id ON `articles`
WHEN coalesce(OLD.event_id, '') <> coalesce(NEW.event_id, '') BEGIN
  DELETE FROM article_entities WHERE article_id = NEW.id;
  INSERT INTO article_entities (article_id, entity_id, event_key, article_seq, mentions)
    SELECT NEW.id, entity_id, coalesce(NEW.event_id, ''), NEW.seq, count(*) FROM mentions WHERE article_id = NEW.id GROUP BY entity_id;
END;
--> statement-breakpoint
-- The entities of an article → per-entity counts and co-mentions. Each pair is counted when the
-- second of its two entities joins the article, and uncounted when the first leaves.
CREATE TRIGGER `summaries_article_entity_insert` AFTER INSERT ON `article_entities` BEGIN
  INSERT INTO entity_event_stats (entity_id, event_key, articles, mentions, claims_made, claims_about)
    VALUES (NEW.entity_id, NEW.event_key, 1, NEW.mentions, 0, 0)
    ON CONFLICT (entity_id, event_key) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions;
  INSERT INTO co_mentions (entity_id, event_key, other_id, articles)
    SELECT NEW.entity_id, NEW.event_key, o.entity_id, 1 FROM article_entities o WHERE o.article_id = NEW.article_id AND o.entity_id <> NEW.entity_id
    ON CONFLICT (entity_id, event_key, other_id) DO UPDATE SET articles = articles + 1;
  INSERT INTO co_mentions (entity_id, event_key, other_id, articles)
    SELECT o.entity_id, NEW.event_key, NEW.entity_id, 1 FROM article_entities o WHERE o.article_id = NEW.article_id AND o.entity_id <> NEW.entity_id
    ON CONFLICT (entity_id, event_key, other_id) DO UPDATE SET articles = articles + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `summaries_article_entity_update` AFTER UPDATE OF mentions ON `article_entities` BEGIN
  UPDATE entity_event_stats SET mentions = mentions + NEW.mentions - OLD.mentions WHERE entity_id = NEW.entity_id AND event_key = NEW.event_key;
END;
--> statement-breakpoint
CREATE TRIGGER `summaries_article_entity_delete` AFTER DELETE ON `article_entities` BEGIN
  UPDATE entity_event_stats SET articles = articles - 1, mentions = mentions - OLD.mentions WHERE entity_id = OLD.entity_id AND event_key = OLD.event_key;
  DELETE FROM entity_event_stats WHERE entity_id = OLD.entity_id AND event_key = OLD.event_key
    AND articles = 0 AND mentions = 0 AND claims_made = 0 AND claims_about = 0;
  UPDATE co_mentions SET articles = articles - 1 WHERE entity_id = OLD.entity_id AND event_key = OLD.event_key
    AND other_id IN (SELECT entity_id FROM article_entities WHERE article_id = OLD.article_id);
  UPDATE co_mentions SET articles = articles - 1 WHERE event_key = OLD.event_key AND other_id = OLD.entity_id
    AND entity_id IN (SELECT entity_id FROM article_entities WHERE article_id = OLD.article_id);
  DELETE FROM co_mentions WHERE entity_id = OLD.entity_id AND event_key = OLD.event_key AND articles <= 0;
  DELETE FROM co_mentions WHERE event_key = OLD.event_key AND other_id = OLD.entity_id AND articles <= 0
    AND entity_id IN (SELECT entity_id FROM article_entities WHERE article_id = OLD.article_id);
END;
--> statement-breakpoint
-- Claims → per-event figure readings, per-event blame and denial, and each entity's claims.
CREATE TRIGGER `summaries_claim_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO event_figure_stats (event_id, metric, value, qualifier, claims)
    SELECT NEW.event_id, NEW.metric, NEW.value, NEW.qualifier, 1
    WHERE NEW.kind = 'count' AND NEW.event_id IS NOT NULL AND NEW.metric IS NOT NULL AND NEW.value IS NOT NULL AND NEW.qualifier IS NOT NULL
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
    WHERE OLD.kind = 'count' AND event_id = OLD.event_id AND metric = OLD.metric AND value = OLD.value AND qualifier = OLD.qualifier;
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
CREATE TRIGGER `summaries_claim_update` AFTER UPDATE OF event_id, kind, claimant_id, target_id, stance, metric, value, qualifier ON `claims` BEGIN
  UPDATE event_figure_stats SET claims = claims - 1
    WHERE OLD.kind = 'count' AND event_id = OLD.event_id AND metric = OLD.metric AND value = OLD.value AND qualifier = OLD.qualifier;
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
    WHERE NEW.kind = 'count' AND NEW.event_id IS NOT NULL AND NEW.metric IS NOT NULL AND NEW.value IS NOT NULL AND NEW.qualifier IS NOT NULL
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
