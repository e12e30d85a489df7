-- Translation cache: a translation is filed under (source text hash, engine id, glossary
-- version), so re-ingesting or re-translating the same text with the same engine and glossary
-- costs nothing, and a glossary edit or an engine/model change misses the cache. The whole
-- Translation record is stored as JSON (Jackson). Rows can be deleted at any time: it is a cache.

CREATE TABLE translation_cache (
  source_hash      TEXT NOT NULL, -- SHA-256 hex of language, title, paragraphs, credits
  engine           TEXT NOT NULL, -- e.g. offline-gloss, openai:<model>, libretranslate, deepl
  glossary_version TEXT NOT NULL,
  translation_json TEXT NOT NULL,
  created_at       TEXT NOT NULL, -- ISO-8601 instant, for pruning
  PRIMARY KEY (source_hash, engine, glossary_version)
) WITHOUT ROWID;
