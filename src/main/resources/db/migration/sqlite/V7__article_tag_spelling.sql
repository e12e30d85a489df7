-- An article's own spelling of a tag it shares with others: a person Taiwan spells Chen
-- Hsiao-ming and the mainland Chen Xiaoming is one tag (one slug, one page), but each article
-- shows the name as its text spells it. NULL: the tag's name, the first stored for the slug.
ALTER TABLE article_tag ADD COLUMN name TEXT;
