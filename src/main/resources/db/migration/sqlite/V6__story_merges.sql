-- Stories found to be one (issue #6): each merged-away story id and the story it lives on in, so
-- that the old id's pages, feed and API answer with a permanent redirect. When the surviving story
-- is merged again, its rows follow (one hop always reaches a live story).

CREATE TABLE story_merge (
  from_story INTEGER PRIMARY KEY,
  into_story INTEGER NOT NULL
);
