-- Stories found to be one (issue #6): each merged-away story id and the story it lives on in, so
-- that the old id's pages, feed and API answer with a permanent redirect. When the surviving story
-- is merged again, its rows follow (one hop always reaches a live story).

CREATE TABLE story_merge (
  from_story INTEGER PRIMARY KEY,
  into_story INTEGER NOT NULL
);

-- Articles placed in a story before their English text existed (translation pending): placed
-- again once translated, even when the translation was stored while the story stage was not
-- running (a crash between the two, or another process).
CREATE TABLE story_without_english (
  article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE
);
