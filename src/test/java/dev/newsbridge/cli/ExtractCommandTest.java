package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.fetch.Validators;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FIXTURES = "/dev/newsbridge/extract/";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  int run(ExtractCommand command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  List<JsonNode> lines() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }

  Path copy(String fixture, String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(FIXTURES + fixture)) {
      Path target = dir.resolve(name);
      Files.write(target, in.readAllBytes());
      return target;
    }
  }

  static byte[] bytes(String fixture) throws IOException {
    try (InputStream in = ExtractCommandTest.class.getResourceAsStream(FIXTURES + fixture)) {
      return in.readAllBytes();
    }
  }

  @Nested
  class SavedFiles {
    @Test
    void aDirectoryMeansEveryHtmlFileInItSortedOneJsonLineEach() throws IOException {
      copy("articles/zh-reporter-byline-with-outlet.html", "b-night-bus.html");
      copy("articles/en-open-graph-only.html", "a-library.html");
      Files.writeString(dir.resolve("notes.txt"), "not a page");

      int exit = run(new ExtractCommand(), dir.toString());

      List<JsonNode> lines = lines();
      assertThat(exit).isZero();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0).get("file").asText()).endsWith("a-library.html");
      assertThat(lines.get(1).get("file").asText()).endsWith("b-night-bus.html");
      JsonNode zh = lines.get(1);
      assertThat(zh.get("title").asText()).isEqualTo("南方小城试点夜间公交 市民出行更方便");
      assertThat(zh.get("author").asText()).isEqualTo("胡含嫣");
      assertThat(zh.get("outlet").asText()).isEqualTo("澎湃新闻");
      assertThat(zh.get("publishedAt").asText()).isEqualTo("2023-11-20T09:15+08:00");
      assertThat(zh.get("language").asText()).isEqualTo("zh");
      assertThat(zh.get("charset").asText()).isEqualTo("UTF-8");
      assertThat(zh.get("url").asText()).isEqualTo("https://news.example.cn/2023/11/20/night-bus.html");
      assertThat(zh.get("body")).hasSize(5);
      assertThat(zh.get("warnings").isArray()).isTrue();
      assertThat(lines.get(0).get("language").asText()).isEqualTo("en");
    }

    @Test
    void baseUrlGivesEachFileItsPageUrl() throws IOException {
      Path file = copy("articles/zh-very-short-flash.html", "flash.html");

      run(new ExtractCommand(), "--base-url", "https://news.example.cn/kuaixun/", file.toString());

      assertThat(lines().get(0).get("url").asText()).isEqualTo("https://news.example.cn/kuaixun/flash.html");
    }

    @Test
    void fileNamesWithSpacesArePercentEncodedAgainstTheBaseUrl() throws IOException {
      Path file = copy("articles/zh-very-short-flash.html", "snow flash.html");

      run(new ExtractCommand(), "--base-url", "https://news.example.cn/kuaixun/", file.toString());

      assertThat(lines().get(0).get("url").asText()).isEqualTo("https://news.example.cn/kuaixun/snow%20flash.html");
    }

    @Test
    void missingFilesAreReportedAndTheOthersStillExtracted() throws IOException {
      Path good = copy("articles/zh-very-short-flash.html", "flash.html");
      Path dangling = dir.resolve("dangling.html");
      Files.createSymbolicLink(dangling, dir.resolve("gone.html"));

      int exit = run(new ExtractCommand(), dir.resolve("missing.html").toString(), dangling.toString(), good.toString());

      assertThat(exit).isEqualTo(1);
      assertThat(lines()).hasSize(1);
      assertThat(err.toString()).contains("missing.html: no such file", "dangling.html: no such file");
    }

    @Test
    void aPageThatIsNotAnArticleIsALineWithAWarning() throws IOException {
      Path file = copy("not-articles/zh-portal-homepage.html", "home.html");

      int exit = run(new ExtractCommand(), file.toString());

      assertThat(exit).isZero();
      assertThat(lines().get(0).get("body")).isEmpty();
      assertThat(lines().get(0).get("warnings").toString()).contains("no article body found");
    }
  }

  @Nested
  class Urls {
    @Test
    void withoutAFetcherUrlsAreAClearError() {
      int exit = run(new ExtractCommand(null), "https://news.example.cn/a.html");

      assertThat(exit).isEqualTo(1);
      assertThat(out.toString()).isEmpty();
      assertThat(err.toString()).contains("https://news.example.cn/a.html", "fetching URLs is not available");
    }

    @Test
    void theDefaultFetcherRefusesLoopbackAddressesLikeIngestDoes() {
      int exit = run(new ExtractCommand(), "http://127.0.0.1:9/a.html");

      assertThat(exit).isEqualTo(1);
      assertThat(out.toString()).isEmpty();
      assertThat(err.toString()).contains("http://127.0.0.1:9/a.html");
    }

    @Test
    void theFetchHookSuppliesBytesHeadersAndFinalUrl() throws IOException {
      byte[] gbk = bytes("encodings/gbk-article-with-rong-labelled-gb2312.html");
      URI finalUrl = URI.create("https://news.example.cn/school/100.html");
      Function<URI, FetchedResource> fetch =
          uri -> new FetchedResource(uri, finalUrl, 200, "text/html; charset=gb2312", gbk,
              Validators.NONE, Instant.parse("2023-11-21T02:00:00Z"));

      int exit = run(new ExtractCommand(fetch), "https://news.example.cn/school/100");

      JsonNode line = lines().get(0);
      assertThat(exit).isZero();
      assertThat(line.get("file").isNull()).isTrue();
      assertThat(line.get("url").asText()).isEqualTo(finalUrl.toString());
      assertThat(line.get("charset").asText()).isEqualTo("GB18030");
      assertThat(line.get("title").asText()).isEqualTo("朱镕基题写校名的中学迎来建校百年");
    }

    @Test
    void aFailedFetchIsReportedAndTheOtherArgumentsGoOn() throws IOException {
      Path good = copy("articles/zh-very-short-flash.html", "flash.html");
      Function<URI, FetchedResource> fetch =
          uri -> {
            throw new IllegalStateException("refused: loopback address");
          };

      int exit = run(new ExtractCommand(fetch), "http://127.0.0.1:9/x", good.toString());

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString()).contains("http://127.0.0.1:9/x", "refused: loopback address");
      assertThat(lines()).hasSize(1);
    }
  }
}
