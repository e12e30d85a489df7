package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.search.SearchIndex;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.store.StoredArticle;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The after-store step (the story stage) sees an article again once its pending translation is
 * stored (issue #6: a report placed by its Chinese text alone is placed again with its English).
 */
class PendingTranslationAfterStoreTest {
  @TempDir Path dir;
  ArticleStore store;
  SearchIndex index;
  final List<StoredArticle> handed = new ArrayList<>();
  IngestPipeline pipeline;

  @BeforeEach
  void open() {
    store = SqliteArticleStore.open(dir);
    index = LuceneSearchIndex.open(dir.resolve("index"));
    Stages stages = TestStages.offline();
    pipeline = new IngestPipeline(store, index, source -> null, stages,
        InstantSource.fixed(Instant.parse("2024-03-28T12:00:00Z")), handed::add);
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  @Test
  void anArticleWhosePendingTranslationArrivesIsHandedToTheAfterStoreStepWithIt() {
    Source source =
        store.addSource("望川日报", URI.create("https://wangchuan.example/rss"), "zh", false);
    ExtractedArticle original = new ExtractedArticle(
        URI.create("https://wangchuan.example/su7"), "小米汽车正式上市", null, "望川日报",
        OffsetDateTime.parse("2024-03-28T20:00:00+08:00"),
        List.of("小米公司发布了首款汽车。", "雷军表示，售价为二十一万元起。"), "UTF-8", List.of());
    long id =
        store.save(new NewArticle(source.id(), "zh", original, null, List.of(), Instant.EPOCH));

    int translated = pipeline.retryPendingTranslations();

    assertThat(translated).isEqualTo(1);
    assertThat(handed).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(id);
      assertThat(a.translation()).isNotNull();
    });
  }

  @Test
  void nothingIsHandedOnWhenNoTranslationWasPending() {
    pipeline.retryPendingTranslations();

    assertThat(handed).isEmpty();
  }
}
