/**
 * Not public API: the feature extraction, window index and scoring behind {@link
 * dev.newsbridge.story.StoryClusterer}. May change without notice.
 */
package dev.newsbridge.story.internal;
