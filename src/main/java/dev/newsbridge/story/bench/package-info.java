/**
 * The story benchmark behind {@code newsbridge bench stories}: replays a labelled corpus in the
 * format of shared/corpus/story-dev through the same clusterer the site uses.
 */
package dev.newsbridge.story.bench;
