-- Newsbridge store, SQLite. The database is the source of truth; the search index is rebuilt
-- from it. Instants are ISO-8601 text (Instant.toString, exact round trip); sort keys are
-- epoch milliseconds. JSON columns hold arrays written by Jackson.

CREATE TABLE source (
  id                  INTEGER PRIMARY KEY,
  url                 TEXT    NOT NULL UNIQUE,
  name                TEXT    NOT NULL,
  language            TEXT,
  allow_private_hosts INTEGER NOT NULL DEFAULT 0 CHECK (allow_private_hosts IN (0, 1)),
  added_at            TEXT    NOT NULL,
  error_count         INTEGER NOT NULL DEFAULT 0,
  last_error          TEXT,
  last_success_at     TEXT,
  last_attempt_at     TEXT
);

CREATE TABLE article (
  id                          INTEGER PRIMARY KEY,
  url                         TEXT    NOT NULL UNIQUE, -- canonical URL
  source_id                   INTEGER NOT NULL REFERENCES source (id),
  language                    TEXT    NOT NULL,
  title                       TEXT,
  author                      TEXT,
  outlet                      TEXT,
  published_at                TEXT,                    -- ISO offset date-time as the page gave it
  sort_key                    INTEGER NOT NULL,        -- epoch ms: published, else fetched
  paragraphs_json             TEXT    NOT NULL,
  charset                     TEXT,
  warnings_json               TEXT    NOT NULL,
  translation_engine          TEXT,                    -- translation_* all null = pending
  translation_label           TEXT,
  translation_title           TEXT,
  translation_paragraphs_json TEXT,
  translation_entities_json   TEXT,
  fetched_at                  TEXT    NOT NULL
);

CREATE INDEX article_by_time ON article (sort_key, id);
CREATE INDEX article_by_source_time ON article (source_id, sort_key, id);

-- Other URLs an article was reached by (feed link vs canonical), so both count as "seen".
CREATE TABLE article_alias (
  url        TEXT    PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE
);

CREATE TABLE tag (
  id   INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
);

CREATE TABLE article_tag (
  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tag (id),
  position   INTEGER NOT NULL, -- keeps the tagger's order
  PRIMARY KEY (article_id, tag_id)
);

CREATE INDEX article_tag_by_tag ON article_tag (tag_id, article_id);

CREATE TABLE feed_validators (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT
);

CREATE TABLE failed_item (
  id              INTEGER PRIMARY KEY, -- insertion order = retry order
  url             TEXT    NOT NULL UNIQUE,
  source_id       INTEGER NOT NULL REFERENCES source (id),
  error           TEXT    NOT NULL,
  attempts        INTEGER NOT NULL,
  last_attempt_at TEXT    NOT NULL
);
