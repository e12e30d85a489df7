package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.source.Opml;
import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceKind;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.testing.LoopbackServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sources add|import|export} from the command line, against a real data directory. */
class SourcesCommandTest {
  static final String OPML =
      """
      <opml version="2.0"><body>
        <outline text="Harbour Daily" xmlUrl="https://harbour.example/feed.xml" language="zh"/>
        <outline text="Broken" xmlUrl="ftp://harbour.example/feed.xml"/>
        <outline text="Sitemap" xmlUrl="https://harbour.example/sitemap.xml" kind="sitemap"/>
      </body></opml>
      """;

  @TempDir Path temp;

  @Test
  void importAddsTheGoodOutlinesReportsTheBadOneAndExportReadsBack() throws Exception {
    Path data = temp.resolve("data");
    Files.writeString(temp.resolve("list.opml"), OPML);

    int imported =
        Main.run(
            "sources",
            "import",
            "--data",
            data.toString(),
            "--from-dir",
            temp.toString(),
            "list.opml");
    int exported =
        Main.run(
            "sources",
            "export",
            "--data",
            data.toString(),
            "--to-dir",
            temp.toString(),
            "out.opml");

    assertThat(imported).isEqualTo(2); // some outlines were skipped
    assertThat(sources(data))
        .extracting(Source::name, Source::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Harbour Daily", SourceKind.FEED),
            org.assertj.core.groups.Tuple.tuple("Sitemap", SourceKind.SITEMAP));
    assertThat(exported).isZero();
    assertThat(Opml.read(Files.readAllBytes(temp.resolve("out.opml"))).outlines()).hasSize(2);
  }

  @Test
  void importRefusesAPathOutsideItsDirectory() throws IOException {
    Path data = temp.resolve("data");
    Path inside = Files.createDirectories(temp.resolve("imports"));
    Files.writeString(temp.resolve("outside.opml"), OPML);

    int code =
        Main.run(
            "sources",
            "import",
            "--data",
            data.toString(),
            "--from-dir",
            inside.toString(),
            "../outside.opml");

    assertThat(code).isEqualTo(1);
    assertThat(sources(data)).isEmpty();
  }

  @Test
  void addFollowsTheFeedAHomepageLinksAndStoresItsKind() {
    Path data = temp.resolve("data");
    String home =
        "<!DOCTYPE html><html><head><title>Home</title><link rel='alternate'"
            + " type='application/feed+json' href='/feed.json'></head><body></body></html>";
    String feed =
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Harbour"
            + " JSON\",\"items\":[]}";
    try (LoopbackServer server =
        LoopbackServer.start()
            .serve("/", "text/html", home.getBytes(StandardCharsets.UTF_8))
            .serve("/feed.json", "application/feed+json", feed.getBytes(StandardCharsets.UTF_8))) {

      int code =
          Main.run(
              "sources",
              "add",
              "--data",
              data.toString(),
              "--allow-private",
              server.url("/").toString());

      assertThat(code).isZero();
      assertThat(sources(data))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.url()).isEqualTo(server.url("/feed.json"));
                assertThat(s.kind()).isEqualTo(SourceKind.JSON_FEED);
                assertThat(s.name()).isEqualTo("Harbour JSON");
              });
    }
  }

  @Test
  void addRefusesAPrivateAddressUnlessAllowed() {
    Path data = temp.resolve("data");
    try (LoopbackServer server =
        LoopbackServer.start()
            .serve("/feed.xml", "text/xml", "<rss/>".getBytes(StandardCharsets.UTF_8))) {

      int code =
          Main.run("sources", "add", "--data", data.toString(), server.url("/feed.xml").toString());

      assertThat(code).isEqualTo(1);
      assertThat(server.requests()).isEmpty();
      assertThat(sources(data)).isEmpty();
    }
  }

  @Test
  void aDataDirectoryThatCannotBeCreatedIsOneClearErrorNotACrash() throws IOException {
    Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.err;
    int code;
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      code = Main.run("sources", "list", "--data", file.resolve("data").toString());
    } finally {
      System.setErr(original);
    }

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("newsbridge list: Cannot create data directory")
        .doesNotContain("\tat ");
  }

  @Test
  void addStoresTheLanguageTagInItsCanonicalForm() {
    Path data = temp.resolve("data");

    int code = Main.run("sources", "add", "--data", data.toString(), "--no-detect",
        "--language", "zh-tw", "https://beigang.example/rss");

    assertThat(code).isZero();
    assertThat(sources(data)).extracting(Source::language).containsExactly("zh-TW");
  }

  @Test
  void addRefusesALanguageThatIsNoLanguageTagAndSaysWhatWasMeant() {
    // zh_TW (a Java locale name) would not be read as Taiwan: no region, names in the wrong style
    Path data = temp.resolve("data");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.err;
    int code;
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      code = Main.run("sources", "add", "--data", data.toString(), "--no-detect",
          "--language", "zh_TW", "https://beigang.example/rss");
    } finally {
      System.setErr(original);
    }

    assertThat(code).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("zh_TW", "zh-TW");
    assertThat(sources(data)).isEmpty();
  }

  private static List<Source> sources(Path data) {
    try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
      return store.sources();
    }
  }
}
