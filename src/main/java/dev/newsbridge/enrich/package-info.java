/**
 * Stage 5, enrich: tags from named entities and keyphrases, as readable English phrases.
 */
package dev.newsbridge.enrich;
