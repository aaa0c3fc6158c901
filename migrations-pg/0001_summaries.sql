-- The summary tables kept in step with writes, as SQLite's migrations/0004_summaries.sql and 0007 keep
-- them (same tables, same meaning, the same trigger names where a trigger does the same work), in
-- PL/pgSQL. Where SQLite's triggers rely on SQLite running a row trigger as each row is written,
-- PostgreSQL runs AFTER row triggers once the whole statement is done: counters (+1, -1) do not mind,
-- but co-mentions count pairs of entities present together, which depends on who was there first. So
-- co_mentions is kept by statement triggers over the statement's rows (transition tables): the pairs
-- of an article after the statement less the pairs before it, whatever the statement's shape.
-- test/db/pg-summaries.test.ts compares every table with SQLite's on the same writes, and with the
-- backfills below (the definitions).

-- Backfills: the summaries of rows already stored (none on a new database); each is also the
-- definition a recomputation compares the kept table with.
INSERT INTO "article_entities" ("article_id", "entity_id", "event_key", "article_seq", "mentions")
  SELECT m.article_id, m.entity_id, coalesce(a.event_id, ''), a.seq, count(*)
  FROM mentions m JOIN articles a ON a.id = m.article_id
  GROUP BY m.article_id, m.entity_id, a.event_id, a.seq;
--> statement-breakpoint
INSERT INTO "co_mentions" ("entity_id", "event_key", "other_id", "articles")
  SELECT x.entity_id, x.event_key, y.entity_id, count(*)
  FROM article_entities x JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id <> x.entity_id
  GROUP BY x.entity_id, x.event_key, y.entity_id;
--> statement-breakpoint
INSERT INTO "entity_event_stats" ("entity_id", "event_key", "articles", "mentions", "claims_made", "claims_about")
  SELECT entity_id, event_key, sum(articles), sum(mentions), sum(claims_made), sum(claims_about) FROM (
    SELECT entity_id, event_key, count(*) AS articles, sum(mentions) AS mentions, 0 AS claims_made, 0 AS claims_about
      FROM article_entities GROUP BY entity_id, event_key
    UNION ALL
    SELECT claimant_id, coalesce(event_id, ''), 0, 0, count(*), 0 FROM claims WHERE claimant_id IS NOT NULL GROUP BY claimant_id, coalesce(event_id, '')
    UNION ALL
    SELECT target_id, coalesce(event_id, ''), 0, 0, 0, count(*) FROM claims WHERE target_id IS NOT NULL GROUP BY target_id, coalesce(event_id, '')
  ) s
  GROUP BY entity_id, event_key;
--> statement-breakpoint
INSERT INTO "event_figure_stats" ("event_id", "metric", "value", "qualifier", "claims")
  SELECT event_id, metric, value, qualifier, count(*) FROM claims
  WHERE kind = 'count' AND subset IS NULL AND event_id IS NOT NULL AND metric IS NOT NULL AND value IS NOT NULL AND qualifier IS NOT NULL
  GROUP BY event_id, metric, value, qualifier;
--> statement-breakpoint
INSERT INTO "event_target_stats" ("event_id", "target_id", "claimant_key", "stance", "claims")
  SELECT event_id, target_id, coalesce(claimant_id, ''), stance, count(*) FROM claims
  WHERE kind = 'responsibility' AND event_id IS NOT NULL AND target_id IS NOT NULL AND stance IS NOT NULL
  GROUP BY event_id, target_id, coalesce(claimant_id, ''), stance;
--> statement-breakpoint
-- Mentions → the entities of each article: a row appears with an entity's first mention in an article
-- and goes with its last.
CREATE FUNCTION summaries_mention_add(p_article text, p_entity text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO article_entities (article_id, entity_id, event_key, article_seq, mentions)
    SELECT p_article, p_entity, coalesce(a.event_id, ''), a.seq, 1 FROM articles a WHERE a.id = p_article
    ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = article_entities.mentions + 1;
$$;
--> statement-breakpoint
CREATE FUNCTION summaries_mention_remove(p_article text, p_entity text) RETURNS void LANGUAGE sql AS $$
  UPDATE article_entities SET mentions = mentions - 1 WHERE article_id = p_article AND entity_id = p_entity;
  DELETE FROM article_entities WHERE article_id = p_article AND entity_id = p_entity AND mentions <= 0;
$$;
--> statement-breakpoint
CREATE FUNCTION summaries_mention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM summaries_mention_remove(OLD.article_id, OLD.entity_id); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM summaries_mention_add(NEW.article_id, NEW.entity_id); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER summaries_mention_insert AFTER INSERT ON mentions FOR EACH ROW EXECUTE FUNCTION summaries_mention();
--> statement-breakpoint
CREATE TRIGGER summaries_mention_delete AFTER DELETE ON mentions FOR EACH ROW EXECUTE FUNCTION summaries_mention();
--> statement-breakpoint
-- Only when the mention moves (an upsert that rewrites the same entity changes nothing here).
CREATE TRIGGER summaries_mention_update AFTER UPDATE OF article_id, entity_id ON mentions FOR EACH ROW
  WHEN (OLD.article_id IS DISTINCT FROM NEW.article_id OR OLD.entity_id IS DISTINCT FROM NEW.entity_id)
  EXECUTE FUNCTION summaries_mention();
--> statement-breakpoint
-- An article moved to another event: its entities leave the old event's summaries and join the new.
CREATE FUNCTION summaries_article_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM article_entities WHERE article_id = NEW.id;
  INSERT INTO article_entities (article_id, entity_id, event_key, article_seq, mentions)
    SELECT NEW.id, entity_id, coalesce(NEW.event_id, ''), NEW.seq, count(*) FROM mentions WHERE article_id = NEW.id GROUP BY entity_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER summaries_article_event AFTER UPDATE OF event_id ON articles FOR EACH ROW
  WHEN (coalesce(OLD.event_id, '') <> coalesce(NEW.event_id, ''))
  EXECUTE FUNCTION summaries_article_event();
--> statement-breakpoint
-- The entities of an article → per-entity counts (row triggers: counters).
CREATE FUNCTION summaries_article_entity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO entity_event_stats (entity_id, event_key, articles, mentions, claims_made, claims_about)
      VALUES (NEW.entity_id, NEW.event_key, 1, NEW.mentions, 0, 0)
      ON CONFLICT (entity_id, event_key) DO UPDATE SET articles = entity_event_stats.articles + 1, mentions = entity_event_stats.mentions + excluded.mentions;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE entity_event_stats SET mentions = mentions + NEW.mentions - OLD.mentions WHERE entity_id = NEW.entity_id AND event_key = NEW.event_key;
  ELSE
    UPDATE entity_event_stats SET articles = articles - 1, mentions = mentions - OLD.mentions WHERE entity_id = OLD.entity_id AND event_key = OLD.event_key;
    DELETE FROM entity_event_stats WHERE entity_id = OLD.entity_id AND event_key = OLD.event_key
      AND articles = 0 AND mentions = 0 AND claims_made = 0 AND claims_about = 0;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER summaries_article_entity_insert AFTER INSERT ON article_entities FOR EACH ROW EXECUTE FUNCTION summaries_article_entity();
--> statement-breakpoint
CREATE TRIGGER summaries_article_entity_update AFTER UPDATE OF mentions ON article_entities FOR EACH ROW
  WHEN (OLD.mentions IS DISTINCT FROM NEW.mentions) EXECUTE FUNCTION summaries_article_entity();
--> statement-breakpoint
CREATE TRIGGER summaries_article_entity_delete AFTER DELETE ON article_entities FOR EACH ROW EXECUTE FUNCTION summaries_article_entity();
--> statement-breakpoint
-- The entities of an article → co-mentions (statement triggers: pairs). New pairs are written in key
-- order, so that two transactions adding pairs of the same entities lock them in the same order.
CREATE FUNCTION summaries_co_mentions_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH affected AS (SELECT DISTINCT article_id FROM added),
  now AS (
    SELECT ae.article_id, ae.entity_id, ae.event_key, (n.entity_id IS NOT NULL) AS is_new
    FROM article_entities ae JOIN affected USING (article_id) LEFT JOIN added n USING (article_id, entity_id)
  ),
  pairs AS (
    SELECT x.entity_id, x.event_key, y.entity_id AS other_id, count(*)::int AS n
    FROM now x JOIN now y ON y.article_id = x.article_id AND y.entity_id <> x.entity_id
    WHERE x.is_new OR y.is_new
    GROUP BY x.entity_id, x.event_key, y.entity_id
  )
  INSERT INTO co_mentions (entity_id, event_key, other_id, articles)
    SELECT entity_id, event_key, other_id, n FROM pairs ORDER BY entity_id, event_key, other_id
    ON CONFLICT (entity_id, event_key, other_id) DO UPDATE SET articles = co_mentions.articles + excluded.articles;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION summaries_co_mentions_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH affected AS (SELECT DISTINCT article_id FROM removed),
  before AS (
    SELECT ae.article_id, ae.entity_id, ae.event_key, false AS gone FROM article_entities ae JOIN affected USING (article_id)
    UNION ALL
    SELECT article_id, entity_id, event_key, true FROM removed
  ),
  pairs AS (
    SELECT x.entity_id, x.event_key, y.entity_id AS other_id, count(*)::int AS n
    FROM before x JOIN before y ON y.article_id = x.article_id AND y.entity_id <> x.entity_id
    WHERE x.gone OR y.gone
    GROUP BY x.entity_id, x.event_key, y.entity_id
  )
  UPDATE co_mentions c SET articles = c.articles - p.n
    FROM pairs p
    WHERE (c.entity_id, c.event_key, c.other_id) = (p.entity_id, p.event_key, p.other_id);
  -- A pair left with no article has one of the removed entities on a side.
  DELETE FROM co_mentions
    WHERE articles <= 0 AND event_key IN (SELECT event_key FROM removed)
      AND (entity_id IN (SELECT entity_id FROM removed) OR other_id IN (SELECT entity_id FROM removed));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER summaries_co_mentions_insert AFTER INSERT ON article_entities REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION summaries_co_mentions_added();
--> statement-breakpoint
CREATE TRIGGER summaries_co_mentions_delete AFTER DELETE ON article_entities REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION summaries_co_mentions_removed();
--> statement-breakpoint
-- Claims → per-event figure readings (totals only: a count of part of the victims, subset not null,
-- is shown apart), per-event blame and denial, and each entity's claims.
CREATE FUNCTION summaries_claim_remove(c claims) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF c.kind = 'count' AND c.subset IS NULL THEN
    UPDATE event_figure_stats SET claims = claims - 1
      WHERE event_id = c.event_id AND metric = c.metric AND value = c.value AND qualifier = c.qualifier;
    DELETE FROM event_figure_stats
      WHERE event_id = c.event_id AND metric = c.metric AND value = c.value AND qualifier = c.qualifier AND claims <= 0;
  END IF;
  IF c.kind = 'responsibility' THEN
    UPDATE event_target_stats SET claims = claims - 1
      WHERE event_id = c.event_id AND target_id = c.target_id AND claimant_key = coalesce(c.claimant_id, '') AND stance = c.stance;
    DELETE FROM event_target_stats
      WHERE event_id = c.event_id AND target_id = c.target_id AND claimant_key = coalesce(c.claimant_id, '') AND stance = c.stance AND claims <= 0;
  END IF;
  UPDATE entity_event_stats SET claims_made = claims_made - 1 WHERE entity_id = c.claimant_id AND event_key = coalesce(c.event_id, '');
  UPDATE entity_event_stats SET claims_about = claims_about - 1 WHERE entity_id = c.target_id AND event_key = coalesce(c.event_id, '');
  DELETE FROM entity_event_stats WHERE entity_id IN (c.claimant_id, c.target_id) AND event_key = coalesce(c.event_id, '')
    AND articles = 0 AND mentions = 0 AND claims_made = 0 AND claims_about = 0;
END $$;
--> statement-breakpoint
CREATE FUNCTION summaries_claim_add(c claims) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF c.kind = 'count' AND c.subset IS NULL AND c.event_id IS NOT NULL AND c.metric IS NOT NULL AND c.value IS NOT NULL AND c.qualifier IS NOT NULL THEN
    INSERT INTO event_figure_stats (event_id, metric, value, qualifier, claims) VALUES (c.event_id, c.metric, c.value, c.qualifier, 1)
      ON CONFLICT (event_id, metric, value, qualifier) DO UPDATE SET claims = event_figure_stats.claims + 1;
  END IF;
  IF c.kind = 'responsibility' AND c.event_id IS NOT NULL AND c.target_id IS NOT NULL AND c.stance IS NOT NULL THEN
    INSERT INTO event_target_stats (event_id, target_id, claimant_key, stance, claims) VALUES (c.event_id, c.target_id, coalesce(c.claimant_id, ''), c.stance, 1)
      ON CONFLICT (event_id, target_id, claimant_key, stance) DO UPDATE SET claims = event_target_stats.claims + 1;
  END IF;
  IF c.claimant_id IS NOT NULL THEN
    INSERT INTO entity_event_stats (entity_id, event_key, articles, mentions, claims_made, claims_about) VALUES (c.claimant_id, coalesce(c.event_id, ''), 0, 0, 1, 0)
      ON CONFLICT (entity_id, event_key) DO UPDATE SET claims_made = entity_event_stats.claims_made + 1;
  END IF;
  IF c.target_id IS NOT NULL THEN
    INSERT INTO entity_event_stats (entity_id, event_key, articles, mentions, claims_made, claims_about) VALUES (c.target_id, coalesce(c.event_id, ''), 0, 0, 0, 1)
      ON CONFLICT (entity_id, event_key) DO UPDATE SET claims_about = entity_event_stats.claims_about + 1;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION summaries_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM summaries_claim_remove(OLD); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM summaries_claim_add(NEW); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER summaries_claim_insert AFTER INSERT ON claims FOR EACH ROW EXECUTE FUNCTION summaries_claim();
--> statement-breakpoint
CREATE TRIGGER summaries_claim_delete AFTER DELETE ON claims FOR EACH ROW EXECUTE FUNCTION summaries_claim();
--> statement-breakpoint
CREATE TRIGGER summaries_claim_update AFTER UPDATE OF event_id, kind, claimant_id, target_id, stance, metric, value, qualifier, subset ON claims FOR EACH ROW
  WHEN ((OLD.event_id, OLD.kind, OLD.claimant_id, OLD.target_id, OLD.stance, OLD.metric, OLD.value, OLD.qualifier, OLD.subset)
    IS DISTINCT FROM (NEW.event_id, NEW.kind, NEW.claimant_id, NEW.target_id, NEW.stance, NEW.metric, NEW.value, NEW.qualifier, NEW.subset))
  EXECUTE FUNCTION summaries_claim();
