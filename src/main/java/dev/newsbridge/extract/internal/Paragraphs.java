package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns body blocks into the article's paragraphs: drops link-dominated lines, page furniture
 * ({@link BoilerplateLines}), metadata lines ({@link MetadataLines}), the headline repeated, and
 * immediate repeats.
 */
public final class Paragraphs {
  /** Blocks whose link text exceeds this share are navigation: {@value}. */
  public static final double MAX_LINK_DENSITY = 0.5;

  private Paragraphs() {}

  /** The paragraphs of {@code body}; {@code title} may be null. */
  public static List<String> of(List<Block> body, String title) {
    List<String> paragraphs = new ArrayList<>();
    for (Block block : body) {
      String text = block.text();
      if (keeps(block, title) && (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(text))) {
        paragraphs.add(text);
      }
    }
    return paragraphs;
  }

  private static boolean keeps(Block block, String title) {
    String text = block.text();
    return !text.isEmpty()
        && block.linkDensity() <= MAX_LINK_DENSITY
        && !text.equals(title)
        && !"h1".equals(block.owner().normalName())
        && !BoilerplateLines.isBoilerplate(text)
        && !MetadataLines.isMetadata(text);
  }
}
