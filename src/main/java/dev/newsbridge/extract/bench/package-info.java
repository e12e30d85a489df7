/**
 * Scores the extractor against a labelled corpus (shared/corpus/extraction-dev, read by path, never
 * copied): body-text shingle precision/recall/F1 as in the scrapinghub article-extraction-benchmark,
 * a CJK-character variant for Chinese, and title, author and date match rates. Used by {@code
 * newsbridge bench extract}.
 */
package dev.newsbridge.extract.bench;
