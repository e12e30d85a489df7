/**
 * The conductor: runs one article through fetch, extract, language, translate, enrich, store and index, recording each item's failure on that item and going on.
 */
package dev.newsbridge.ingest;
