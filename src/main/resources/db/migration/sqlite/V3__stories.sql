-- Stories (issue #6): each article's place in a story and an event, and the article it copies.
-- A story's id and an event's id are the ids of their first articles (no row of their own: a
-- story is its members). Merging stories rewrites story_id; nothing else is ever recomputed.

CREATE TABLE story_member (
  article_id   INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
  story_id     INTEGER NOT NULL,
  event_id     INTEGER NOT NULL,
  duplicate_of INTEGER REFERENCES article (id) ON DELETE SET NULL -- null: an original
);

CREATE INDEX story_member_by_story ON story_member (story_id, article_id);
