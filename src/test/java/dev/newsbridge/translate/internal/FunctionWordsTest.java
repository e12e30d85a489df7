package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {
  /** A second line for the same word and tag silently overrides the first: list each once. */
  @Test
  void listsEachWordAndTagOnce() {
    List<String> keys = Resources.lines("function-words.tsv").stream()
        .map(line -> line.split("\t"))
        .map(f -> f[0] + "\t" + f[1])
        .toList();

    assertThat(keys).doesNotHaveDuplicates();
  }
}
