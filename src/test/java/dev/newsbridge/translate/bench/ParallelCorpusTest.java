package dev.newsbridge.translate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelCorpusTest {
  @TempDir Path dir;

  @Test
  void groupsLinesIntoTheDocumentsTheTsvNames() throws Exception {
    Files.write(dir.resolve("set.zh"), List.of("甲。", "乙。", "丙。"));
    Files.write(dir.resolve("set.en"), List.of("A.", "B.", "C."));
    Files.write(dir.resolve("set.tsv"), List.of("pair\tline\tdocument", "1\t7\tdoc-a",
        "2\t8\tdoc-b", "3\t9\tdoc-a"));

    ParallelCorpus corpus = ParallelCorpus.load(dir);

    assertThat(corpus.documentLines()).containsExactly(List.of(0, 2), List.of(1));
  }

  @Test
  void withoutATsvEveryLineIsItsOwnDocument() throws Exception {
    Files.write(dir.resolve("set.zh"), List.of("甲。", "乙。"));
    Files.write(dir.resolve("set.en"), List.of("A.", "B."));

    assertThat(ParallelCorpus.load(dir).documentLines()).containsExactly(List.of(0), List.of(1));
  }

  @Test
  void refusesFilesOfDifferentLengths() throws Exception {
    Files.write(dir.resolve("set.zh"), List.of("甲。", "乙。"));
    Files.write(dir.resolve("set.en"), List.of("A."));

    assertThatThrownBy(() -> ParallelCorpus.load(dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 source lines");
  }
}
