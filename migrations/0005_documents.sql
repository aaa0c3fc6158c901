CREATE TABLE `claim_docs` (
	`seq` integer PRIMARY KEY NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`kind` text NOT NULL,
	`id` text NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`kind`, `id`)
);
--> statement-breakpoint
-- A claim as the API writes it: the `Claim` of src/domain/api.ts, its keys in that order (a test
-- compares every claim_docs row with the JSON of toClaim). The one definition of claim_docs' rows.
CREATE VIEW `claim_json` AS
  SELECT c.seq, c.article_id, c.event_id, c.claimant_id, c.target_id, json_object(
    'id', c.id,
    'kind', c.kind,
    'article', json_object('id', a.id, 'title', a.title, 'outlet', a.outlet, 'published_at', a.published_at),
    'event', CASE WHEN e.id IS NULL THEN NULL ELSE json_object('id', e.id, 'name', e.name) END,
    'claimant', CASE WHEN cl.id IS NULL THEN NULL ELSE json_object('id', cl.id, 'name', cl.name, 'kind', cl.kind) END,
    'target', CASE WHEN t.id IS NULL THEN NULL ELSE json_object('id', t.id, 'name', t.name, 'kind', t.kind) END,
    'stance', c.stance,
    'metric', c.metric,
    'value', c.value,
    'qualifier', c.qualifier,
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
-- Backfill: every claim already stored.
INSERT INTO `claim_docs` (`seq`, `body`) SELECT seq, body FROM claim_json;
--> statement-breakpoint
-- A claim is rendered again whenever it, its article's title, outlet or date, its event's name or
-- its claimant's or target's name or kind changes: deleted, then inserted (not INSERT OR REPLACE,
-- whose conflict policy a foreign key's SET NULL, firing these triggers, would override).
CREATE TRIGGER `docs_claim_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO claim_docs (seq, body) SELECT seq, body FROM claim_json WHERE seq = NEW.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `docs_claim_update` AFTER UPDATE ON `claims` BEGIN
  -- The documents that showed the claim where it was; those that show it now go when it is rendered.
  DELETE FROM documents WHERE kind = 'article' AND id = OLD.article_id;
  DELETE FROM documents WHERE kind = 'entity' AND id IN (OLD.claimant_id, OLD.target_id);
  DELETE FROM claim_docs WHERE seq = OLD.seq;
  INSERT INTO claim_docs (seq, body) SELECT seq, body FROM claim_json WHERE seq = NEW.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `docs_claim_delete` AFTER DELETE ON `claims` BEGIN
  DELETE FROM claim_docs WHERE seq = OLD.seq;
  DELETE FROM documents WHERE kind = 'article' AND id = OLD.article_id;
  DELETE FROM documents WHERE kind = 'entity' AND id IN (OLD.claimant_id, OLD.target_id);
END;
--> statement-breakpoint
CREATE TRIGGER `docs_claim_article` AFTER UPDATE OF id, title, outlet, published_at ON `articles` BEGIN
  DELETE FROM claim_docs WHERE seq IN (SELECT seq FROM claims WHERE article_id = NEW.id);
  INSERT INTO claim_docs (seq, body) SELECT seq, body FROM claim_json WHERE article_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `docs_claim_event` AFTER UPDATE OF id, name ON `events` BEGIN
  DELETE FROM claim_docs WHERE seq IN (SELECT seq FROM claims WHERE event_id = NEW.id);
  INSERT INTO claim_docs (seq, body) SELECT seq, body FROM claim_json WHERE event_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `docs_claim_entity` AFTER UPDATE OF id, name, kind ON `entities` BEGIN
  DELETE FROM claim_docs WHERE seq IN (SELECT seq FROM claims WHERE claimant_id = NEW.id);
  INSERT INTO claim_docs (seq, body) SELECT seq, body FROM claim_json WHERE claimant_id = NEW.id;
  DELETE FROM claim_docs WHERE seq IN (SELECT seq FROM claims WHERE target_id = NEW.id);
  INSERT INTO claim_docs (seq, body) SELECT seq, body FROM claim_json WHERE target_id = NEW.id;
END;
--> statement-breakpoint
-- documents: an article shows its row, its event's name, its mentions with their entities and
-- aliases, and its claims; an entity profile its row and parent, its aliases and children, its
-- summaries (article_entities, entity_event_stats, co_mentions, with the articles' titles and the
-- other entities' names) and the claims it made or is the target of. Any change to one of those
-- deletes the document; the next read renders it again (src/queries/documents.ts).
CREATE TRIGGER `docs_rendered_claim` AFTER INSERT ON `claim_docs` BEGIN
  DELETE FROM documents WHERE kind = 'article' AND id = (SELECT article_id FROM claims WHERE seq = NEW.seq);
  DELETE FROM documents WHERE kind = 'entity' AND id IN (SELECT claimant_id FROM claims WHERE seq = NEW.seq UNION ALL SELECT target_id FROM claims WHERE seq = NEW.seq);
END;
--> statement-breakpoint
CREATE TRIGGER `docs_mention_insert` AFTER INSERT ON `mentions` BEGIN
  DELETE FROM documents WHERE kind = 'article' AND id = NEW.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `docs_mention_update` AFTER UPDATE ON `mentions` BEGIN
  DELETE FROM documents WHERE kind = 'article' AND id IN (OLD.article_id, NEW.article_id);
END;
--> statement-breakpoint
CREATE TRIGGER `docs_mention_delete` AFTER DELETE ON `mentions` BEGIN
  DELETE FROM documents WHERE kind = 'article' AND id = OLD.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `docs_article_update` AFTER UPDATE ON `articles` BEGIN
  DELETE FROM documents WHERE kind = 'article' AND id IN (OLD.id, NEW.id);
  DELETE FROM documents WHERE kind = 'entity' AND id IN (SELECT entity_id FROM article_entities WHERE article_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `docs_article_delete` AFTER DELETE ON `articles` BEGIN
  DELETE FROM documents WHERE kind = 'article' AND id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `docs_event_update` AFTER UPDATE OF id, name ON `events` BEGIN
  DELETE FROM documents WHERE kind = 'article' AND id IN (SELECT id FROM articles WHERE event_id IN (OLD.id, NEW.id));
  DELETE FROM documents WHERE kind = 'entity' AND id IN (SELECT entity_id FROM entity_event_stats WHERE event_key IN (OLD.id, NEW.id));
END;
--> statement-breakpoint
CREATE TRIGGER `docs_entity_update` AFTER UPDATE ON `entities` BEGIN
  DELETE FROM documents WHERE kind = 'entity' AND id IN (OLD.id, NEW.id, OLD.parent_id, NEW.parent_id);
  -- Children show their parent; co-mentions are symmetric, so those naming this entity are its own.
  DELETE FROM documents WHERE kind = 'entity' AND id IN (SELECT id FROM entities WHERE parent_id = NEW.id);
  DELETE FROM documents WHERE kind = 'entity' AND id IN (SELECT other_id FROM co_mentions WHERE entity_id = NEW.id);
  DELETE FROM documents WHERE kind = 'article' AND id IN (SELECT article_id FROM article_entities WHERE entity_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `docs_entity_delete` AFTER DELETE ON `entities` BEGIN
  DELETE FROM documents WHERE kind = 'entity' AND id IN (OLD.id, OLD.parent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `docs_alias_insert` AFTER INSERT ON `entity_aliases` BEGIN
  DELETE FROM documents WHERE kind = 'entity' AND id = NEW.entity_id;
  DELETE FROM documents WHERE kind = 'article' AND id IN (SELECT article_id FROM article_entities WHERE entity_id = NEW.entity_id);
END;
--> statement-breakpoint
CREATE TRIGGER `docs_alias_update` AFTER UPDATE ON `entity_aliases` BEGIN
  DELETE FROM documents WHERE kind = 'entity' AND id IN (OLD.entity_id, NEW.entity_id);
  DELETE FROM documents WHERE kind = 'article' AND id IN (SELECT article_id FROM article_entities WHERE entity_id IN (OLD.entity_id, NEW.entity_id));
END;
--> statement-breakpoint
CREATE TRIGGER `docs_alias_delete` AFTER DELETE ON `entity_aliases` BEGIN
  DELETE FROM documents WHERE kind = 'entity' AND id = OLD.entity_id;
  DELETE FROM documents WHERE kind = 'article' AND id IN (SELECT article_id FROM article_entities WHERE entity_id = OLD.entity_id);
END;
--> statement-breakpoint
-- An entity's profile shows its summaries. Its articles, mentions and co-mentions change only when
-- an article gains or loses an entity (or a mention of one): the profiles of every entity of that
-- article go (their co-mentions changed); its claims' counts go with its claims (above).
CREATE TRIGGER `docs_article_entity_insert` AFTER INSERT ON `article_entities` BEGIN
  DELETE FROM documents WHERE kind = 'entity' AND id IN (SELECT entity_id FROM article_entities WHERE article_id = NEW.article_id);
END;
--> statement-breakpoint
CREATE TRIGGER `docs_article_entity_update` AFTER UPDATE ON `article_entities` BEGIN
  DELETE FROM documents WHERE kind = 'entity' AND id IN (OLD.entity_id, NEW.entity_id);
END;
--> statement-breakpoint
CREATE TRIGGER `docs_article_entity_delete` AFTER DELETE ON `article_entities` BEGIN
  DELETE FROM documents WHERE kind = 'entity' AND id = OLD.entity_id;
  DELETE FROM documents WHERE kind = 'entity' AND id IN (SELECT entity_id FROM article_entities WHERE article_id = OLD.article_id);
END;
