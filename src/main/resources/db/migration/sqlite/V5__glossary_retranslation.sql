-- Articles queued for re-translation because a glossary entry their original text contains was
-- added or changed (issue #4: "an edit re-translates only the articles it touches"). The old
-- translation stays readable until the new one replaces it; saving a translation clears the row.
CREATE TABLE glossary_retranslation (
  article_id   INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
  term         TEXT    NOT NULL,
  requested_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
