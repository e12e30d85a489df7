/**
 * Stage 5b, stories: every outlet's report of one event grouped into a story, with its events and
 * its copies. Near-duplicates are found by MinHash over shingles and verified by their real
 * overlap; stories and events are formed incrementally as articles arrive, against an in-memory
 * index of the articles in a time window, rebuilt from the store at start-up. Chinese and English
 * reports of one event meet through the translation's English text and its canonical entity names.
 */
package dev.newsbridge.story;
