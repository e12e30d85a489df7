package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way (DESIGN.md): the web stage reads the store and the index, and knows earlier
 * stages only through the records they produce, never their code.
 */
class WebDependenciesTest {
  private static final Path WEB_SOURCES = Path.of("src/main/java/dev/newsbridge/web");
  private static final Path TEMPLATES = Path.of("src/main/jte");
  private static final Pattern PROJECT_IMPORT =
      Pattern.compile("^@?import\\s+(dev\\.newsbridge\\.[\\w.]+);?", Pattern.MULTILINE);

  /** The records and ports of other stages the web stage may use. */
  private static final Set<String> ALLOWED =
      Set.of(
          "dev.newsbridge.store.ArticleStore",
          "dev.newsbridge.store.StoredArticle",
          "dev.newsbridge.store.ArticlePage",
          "dev.newsbridge.store.ArticleRef",
          "dev.newsbridge.store.Neighbours",
          // stories (issue #6): the store's story records
          "dev.newsbridge.store.StoryMember",
          "dev.newsbridge.store.StoryPage",
          "dev.newsbridge.store.StorySummary",
          "dev.newsbridge.search.SearchIndex",
          "dev.newsbridge.search.SearchHits",
          "dev.newsbridge.source.Source",
          "dev.newsbridge.source.SourceHealth",
          "dev.newsbridge.extract.ExtractedArticle",
          "dev.newsbridge.translate.Translation",
          "dev.newsbridge.translate.Entity",
          "dev.newsbridge.enrich.Tag",
          // not a stage: what every reader of Chinese shares (a page's script, for lang="zh-Hant")
          "dev.newsbridge.text.ChineseScripts");

  @Test
  void importsOnlyItsOwnCodeAndTheRecordsAndPortsOfOtherStages() {
    List<String> foreign =
        Stream.concat(files(WEB_SOURCES), files(TEMPLATES))
            .flatMap(WebDependenciesTest::projectImports)
            .filter(name -> !name.startsWith("dev.newsbridge.web."))
            .filter(name -> !ALLOWED.contains(name))
            .distinct()
            .toList();

    assertThat(foreign).isEmpty();
  }

  @Test
  void readsTheSourcesItChecks() {
    assertThat(files(WEB_SOURCES).flatMap(WebDependenciesTest::projectImports))
        .contains("dev.newsbridge.store.ArticleStore", "dev.newsbridge.web.internal.Site");
  }

  private static Stream<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> projectImports(Path file) {
    try {
      Matcher matcher = PROJECT_IMPORT.matcher(Files.readString(file));
      return matcher.results().map(m -> m.group(1)).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
