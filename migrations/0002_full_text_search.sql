-- Full-text search (SQLite FTS5), kept in step with articles and claims by triggers.
-- External-content tables: the text lives once, in articles and claims; the index holds tokens.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF title, text ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
--> statement-breakpoint
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `claims_fts` USING fts5(evidence_text, quote, content='claims', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `claims_fts_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO claims_fts(rowid, evidence_text, quote) VALUES (new.seq, new.evidence_text, new.quote);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_delete` AFTER DELETE ON `claims` BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, evidence_text, quote) VALUES ('delete', old.seq, old.evidence_text, old.quote);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_update` AFTER UPDATE OF evidence_text, quote ON `claims` BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, evidence_text, quote) VALUES ('delete', old.seq, old.evidence_text, old.quote);
  INSERT INTO claims_fts(rowid, evidence_text, quote) VALUES (new.seq, new.evidence_text, new.quote);
END;
--> statement-breakpoint
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
