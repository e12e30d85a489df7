/**
 * Stage 6, search: the full-text index over originals and translations (Lucene embedded by default), rebuilt from the store when they disagree.
 */
package dev.newsbridge.search;
