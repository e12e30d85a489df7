/**
 * Stage 0, sources: the outlets we follow and how their feeds (RSS, Atom) list new article links.
 */
package dev.newsbridge.source;
