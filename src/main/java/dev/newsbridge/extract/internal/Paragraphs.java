package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns body blocks into the article's paragraphs: drops link-dominated lines, page furniture
 * ({@link BoilerplateLines}), metadata lines ({@link MetadataLines}), the headline repeated,
 * repeats, and a portal's promotion above the dateline lead ({@link PromoLead}).
 */
public final class Paragraphs {
  /** Blocks whose link text exceeds this share are navigation: {@value}. */
  public static final double MAX_LINK_DENSITY = 0.5;

  /**
   * Paragraphs at least this long (weighted) appear once: pages repeat a summary above the body.
   * Shorter ones ("是的。") may repeat, but not twice in a row: {@value}.
   */
  public static final int MIN_DEDUPLICATED_LENGTH = 100;

  private Paragraphs() {}

  /** The paragraphs of {@code body}; {@code title} may be null. */
  public static List<String> of(List<Block> body, String title) {
    List<String> paragraphs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Block block : body) {
      String text = block.text();
      boolean repeat = block.length() >= MIN_DEDUPLICATED_LENGTH ? !seen.add(text)
          : !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(text);
      if (keeps(block, title) && !repeat) {
        paragraphs.add(text);
      }
    }
    return PromoLead.dropped(paragraphs);
  }

  private static boolean keeps(Block block, String title) {
    String text = block.text();
    return !text.isEmpty()
        && block.linkDensity() <= MAX_LINK_DENSITY
        && !text.equals(title)
        && !"h1".equals(block.owner().normalName())
        && !BoilerplateLines.isBoilerplate(text, block.length())
        && !MetadataLines.isMetadata(text, block.length());
  }
}
