package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.translate.UserGlossary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GlossaryCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new NewsbridgeCommand()).setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(args);
  }

  @AfterEach
  void restoreTheBundledGlossary() throws Exception {
    UserGlossary.in(dir.resolve("empty")).activate();
  }

  @Test
  void addedEntriesAreListedAndStoredInTheDataDirectory() {
    run("glossary", "add", "--data", dir.toString(), "韦伯斯特", "Noah Webster", "--short",
        "Webster");
    run("glossary", "list", "--data", dir.toString());

    assertThat(dir.resolve("glossary.tsv")).exists();
    assertThat(out.toString()).contains("韦伯斯特\tNoah Webster\tPERSON\tWebster");
  }

  @Test
  void importReportsBadRowsAndKeepsTheGoodOnes() throws Exception {
    Path csv = dir.resolve("names.csv");
    Files.writeString(csv, "chinese,english,type\n韦伯斯特,Noah Webster,PERSON\nx,Bad,PERSON\n"
        + "北川,\"Kitagawa, Town\",PLACE\n甲乙,Nobody,ROBOT\n");

    int code = run("glossary", "import", "--data", dir.toString(), csv.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("imported 2 entries, rejected 2");
    assertThat(err.toString()).contains("line 3:", "line 5:");
  }

  @Test
  void exportWritesCsvThatImportsBackUnchanged() throws Exception {
    run("glossary", "add", "--data", dir.toString(), "北川", "Kitagawa, Town", "--type", "PLACE");
    Path csv = dir.resolve("export.csv");
    run("glossary", "export", "--data", dir.toString(), csv.toString());
    Path other = dir.resolve("other");

    run("glossary", "import", "--data", other.toString(), csv.toString());

    assertThat(UserGlossary.in(other).entries()).isEqualTo(UserGlossary.in(dir).entries());
  }

  @Test
  void anEditQueuesOnlyTheStoredArticlesHoldingTheHeadword() throws Exception {
    long touched;
    long untouched;
    try (ArticleStore store = SqliteArticleStore.open(dir)) {
      touched = StoreFixtures.saveTranslated(store, "https://example.test/1", "韦伯斯特访问北京。");
      untouched = StoreFixtures.saveTranslated(store, "https://example.test/2", "今天天气很好。");
      assertThat(store.pendingTranslations(10)).isEmpty();
    }

    run("glossary", "add", "--data", dir.toString(), "韦伯斯特", "Noah Webster");

    try (ArticleStore store = SqliteArticleStore.open(dir)) {
      assertThat(store.pendingTranslations(10)).containsExactly(touched).doesNotContain(untouched);
    }
    assertThat(out.toString()).contains("queued 1 stored articles");
  }
}
