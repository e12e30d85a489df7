package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.translate.Entity;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that credits no outlet is shown under its source's name: the translation resolves that
 * name too, so that the site can credit the outlet in English ("Wangchuan Daily (望川日报)").
 */
class UncreditedOutletIngestTest {
  @TempDir Path data;
  SqliteArticleStore store;
  LuceneSearchIndex index;
  IngestPipeline pipeline;

  @BeforeEach
  void open() {
    store = SqliteArticleStore.open(data);
    index = LuceneSearchIndex.open(data.resolve("index"));
    pipeline = new IngestPipeline(store, index, s -> null, TestStages.offline(),
        InstantSource.fixed(Instant.parse("2023-12-06T03:00:00Z")));
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  @Test
  void theSourcesNameIsResolvedWhereThePageCreditsNoOutlet() {
    Source source = store.addSource("望川日报", URI.create("https://wangchuan.example/rss"), "zh",
        false);
    ExtractedArticle original = new ExtractedArticle(
        URI.create("https://wangchuan.example/2023-12/05/ferry.htm"), "轮渡码头新增夜班航次",
        "邵一帆", null, OffsetDateTime.parse("2023-12-05T15:00:00+08:00"),
        List.of("从下周一起，轮渡码头每晚增开两个航次。"), "UTF-8", List.of());
    long id =
        store.save(new NewArticle(source.id(), "zh", original, null, List.of(), Instant.EPOCH));

    pipeline.retryPendingTranslations();

    assertThat(store.article(id).orElseThrow().translation().entities())
        .extracting(Entity::original, Entity::english)
        .contains(org.assertj.core.groups.Tuple.tuple("邵一帆", "Shao Yifan"),
            org.assertj.core.groups.Tuple.tuple("望川日报", "Wangchuan Daily"));
  }
}
