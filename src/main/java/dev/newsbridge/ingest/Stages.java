package dev.newsbridge.ingest;

import dev.newsbridge.enrich.Tagger;
import dev.newsbridge.extract.ArticleExtractor;
import dev.newsbridge.language.LanguageDetector;
import dev.newsbridge.translate.Translator;

/** The processing stages an ingest pass runs on each article page, in pipeline order. */
public record Stages(
    ArticleExtractor extractor,
    LanguageDetector languageDetector,
    Translator translator,
    Tagger tagger) {}
