package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The block-tag switch on the hot path must say what the documented list says. */
class BlockTagsTest {
  @Test
  void everyListedTagIsABlockTag() {
    assertThat(PageBlocks.BLOCK_TAGS).allMatch(PageBlocks::isBlockTag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"span", "a", "img", "b", "i", "em", "strong", "br", "font", "small",
      "sup", "label", "time", "abbr", "code", "cite", "q", "u", "picture", "source", ""})
  void inlineTagsAreNot(String tag) {
    assertThat(PageBlocks.isBlockTag(tag)).isFalse();
  }
}
