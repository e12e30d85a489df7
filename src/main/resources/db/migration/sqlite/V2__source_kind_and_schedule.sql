-- Ingest (issue #5): what kind of document a source is, and when the scheduler next visits it.
-- kind: 'feed' (RSS/Atom), 'json_feed', 'sitemap', 'html_listing'. Existing sources are feeds.
ALTER TABLE source ADD COLUMN kind TEXT NOT NULL DEFAULT 'feed';
-- ISO-8601 instant of the next planned fetch (adaptive interval, backoff or Retry-After); null =
-- as soon as possible.
ALTER TABLE source ADD COLUMN next_attempt_at TEXT;
-- SHA-256 of the source document last read in full: the conditional-GET fallback for servers that
-- send neither ETag nor Last-Modified (an unchanged document is then not parsed again).
ALTER TABLE source ADD COLUMN content_hash TEXT;
