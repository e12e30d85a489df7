package dev.newsbridge.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The array TextRank must pick exactly what HanLP's own TextRank picks (issue #5). */
class TextRankKeywordsTest {
  private static final Path ARTICLES = Path.of("src/test/resources/dev/newsbridge/translate/articles");
  private static final Path NTREX = Path.of("../shared/corpus/mt-dev/ntrex-dev.zh");

  static Stream<Path> projectArticles() throws IOException {
    return Files.list(ARTICLES).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("projectArticles")
  void picksTheSameKeywordsInTheSameOrderAsHanlp(Path article) throws IOException {
    String text = Files.readString(article, StandardCharsets.UTF_8);

    assertThat(TextRankKeywords.extract(text, 10)).isEqualTo(HanLP.extractKeyword(text, 10));
  }

  @Test
  void agreesWithHanlpOnEveryShardOfAParallelCorpus() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(NTREX), "shared corpus not present");
    List<String> lines = Files.readAllLines(NTREX, StandardCharsets.UTF_8);
    int checked = 0;
    for (int start = 0; start + 8 <= lines.size() && checked < 60; start += 8, checked++) {
      String text = String.join("\n", lines.subList(start, start + 8));
      assertThat(TextRankKeywords.extract(text, 10))
          .as("lines %d-%d", start, start + 7)
          .isEqualTo(HanLP.extractKeyword(text, 10));
    }
    assertThat(checked).isPositive();
  }

  @Test
  void anEmptyOrStopWordOnlyTextHasNoKeywords() {
    assertThat(TextRankKeywords.extract("", 10)).isEmpty();
    assertThat(TextRankKeywords.extract("的了吗", 10)).isEmpty();
  }
}
