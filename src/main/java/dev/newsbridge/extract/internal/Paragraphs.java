package dev.newsbridge.extract.internal;

import dev.newsbridge.text.ChineseScripts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns body blocks into the article's paragraphs: drops link-dominated lines, page furniture
 * ({@link BoilerplateLines}), metadata lines ({@link MetadataLines}), the headline repeated,
 * repeats, the title of a box of links, and a portal's promotion above the dateline lead ({@link
 * PromoLead}).
 */
public final class Paragraphs {
  /** Blocks whose link text exceeds this share are navigation: {@value}. */
  public static final double MAX_LINK_DENSITY = 0.5;

  /**
   * Paragraphs at least this long (weighted) appear once: pages repeat a summary above the body.
   * Shorter ones ("是的。") may repeat, but not twice in a row: {@value}.
   */
  public static final int MIN_DEDUPLICATED_LENGTH = 100;

  /** A box title is at most this long (weighted): {@value}. */
  static final int MAX_LABEL_LENGTH = 16;

  /**
   * Link lines that must follow a label for it to be a box title: {@value}. One link line after a
   * label is an infobox field ("国籍" over a linked value), not a box.
   */
  static final int LIST_ITEMS = 2;

  private Paragraphs() {}

  /** The paragraphs of {@code body}; {@code title} may be null. */
  public static List<String> of(List<Block> body, String title) {
    List<String> paragraphs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < body.size(); i++) {
      Block block = body.get(i);
      String text = block.text();
      boolean repeat = block.length() >= MIN_DEDUPLICATED_LENGTH ? !seen.add(text)
          : !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(text);
      if (keeps(block, title) && !repeat && !headsALinkList(body, i)) {
        paragraphs.add(text);
      }
    }
    return PromoLead.dropped(paragraphs);
  }

  /**
   * A short label with no sentence in it directly over navigation ("时报观察" over a list of links)
   * is that box's title: it goes with the links. Unknown box titles are the point; known ones
   * ("相关阅读") are furniture anyway.
   */
  private static boolean headsALinkList(List<Block> body, int i) {
    Block label = body.get(i);
    if (label.length() > MAX_LABEL_LENGTH || label.proseMarks() > 0 || endsWithColon(label.text())
        || i + LIST_ITEMS >= body.size()) {
      return false;
    }
    for (int k = i + 1; k <= i + LIST_ITEMS; k++) {
      if (body.get(k).length() == 0 || body.get(k).linkDensity() <= MAX_LINK_DENSITY) {
        return false;
      }
    }
    return true;
  }

  /** "Here's the thing:" leads into what follows, even when that is a link. */
  private static boolean endsWithColon(String text) {
    return text.endsWith(":") || text.endsWith("：");
  }

  private static boolean keeps(Block block, String title) {
    String text = block.text();
    if (text.isEmpty()
        || block.linkDensity() > MAX_LINK_DENSITY
        || text.equals(title)
        || "h1".equals(block.owner().normalName())) {
      return false;
    }
    // Both line checks read the Simplified view of short lines: made once, not once each.
    int length = block.length();
    if (length > Math.max(BoilerplateLines.MAX_NOTICE_LENGTH, MetadataLines.MAX_METADATA_LENGTH)) {
      return true;
    }
    String view = ChineseScripts.simplified(text);
    return !BoilerplateLines.isBoilerplateView(view, length)
        && !MetadataLines.isMetadataView(view, length);
  }
}
