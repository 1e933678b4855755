-- Full-text index over knowledge chunks (BM25). External-content FTS5 keeps one copy of the text:
-- the triggers below keep it in step with knowledge_chunks. The porter tokenizer stems English
-- ("vacations" finds "vacation"); unicode61 folds case and diacritics.
CREATE VIRTUAL TABLE `knowledge_chunks_fts` USING fts5(
  heading_path,
  text,
  content='knowledge_chunks',
  content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `knowledge_chunks_fts_insert` AFTER INSERT ON `knowledge_chunks` BEGIN
  INSERT INTO knowledge_chunks_fts(rowid, heading_path, text) VALUES (new.id, new.heading_path, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_chunks_fts_delete` AFTER DELETE ON `knowledge_chunks` BEGIN
  INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts, rowid, heading_path, text) VALUES ('delete', old.id, old.heading_path, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_chunks_fts_update` AFTER UPDATE OF heading_path, text ON `knowledge_chunks` BEGIN
  INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts, rowid, heading_path, text) VALUES ('delete', old.id, old.heading_path, old.text);
  INSERT INTO knowledge_chunks_fts(rowid, heading_path, text) VALUES (new.id, new.heading_path, new.text);
END;
