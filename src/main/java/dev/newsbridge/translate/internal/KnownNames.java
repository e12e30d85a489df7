package dev.newsbridge.translate.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A name found once in an article is that name wherever the article writes it again: the
 * recognisers judge each sentence on its own evidence, so 巴鲁 found as Palu in one paragraph was
 * glossed "that sticks crass" in another (巴鲁市). Glossary names are found everywhere already. A
 * company found with its kind is also known by its name alone (华腾 of 华腾集团), and so is an
 * outlet, also one that only the page's credits name (望川 of 望川日报 in the title's 望川港).
 */
final class KnownNames {
  private KnownNames() {}

  /** The entities the recognisers found in an article's texts, by their written form. */
  static Map<String, Mention> of(List<List<Mention>> found) {
    Map<String, Mention> known = new LinkedHashMap<>();
    for (List<Mention> text : found) {
      for (Mention m : text) {
        if (!m.glossary() && m.type() != null && m.chinese().length() >= 2
            && m.end() - m.start() == m.chinese().length()) {
          known.putIfAbsent(m.chinese(), m);
          NamesBeforeTheirKind.bareName(m)
              .ifPresent(bare -> known.putIfAbsent(bare.chinese(), bare));
        }
      }
    }
    return known;
  }

  /**
   * {@code found} and every other place in {@code text} where a known name stands apart from the
   * words around it (not 明白 across 李明 and 白), in order, none overlapping another.
   */
  static List<Mention> everywhere(String text, List<Mention> found, Map<String, Mention> known) {
    List<Mention> all = new ArrayList<>(found);
    for (Mention k : known.values()) {
      String name = k.chinese();
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        int start = i;
        int end = i + name.length();
        if (standsApart(text, start, end)
            && MentionFinder.isFree(all, start, end)) {
          all.add(new Mention(start, end, name, k.english(), k.shortForm(), k.type(),
              false, k.identity()));
        }
      }
    }
    all.sort(Comparator.comparingInt(Mention::start)
        .thenComparing(Comparator.comparingInt(Mention::end).reversed()));
    // One place, one mention: the layer cuts the text at mentions, and finders that disagree on a
    // span must not break that (the earlier, then the longer, wins).
    return Mention.apart(all);
  }

  /** True when the name at [start, end) glues into no common word with the text around it. */
  static boolean standsApart(String text, int start, int end) {
    boolean gluedBefore = start > 0
        && Cedict.shared().hasCommonSense(text.substring(start - 1, start + 1));
    boolean gluedAfter = end < text.length()
        && Cedict.shared().hasCommonSense(text.substring(end - 1, end + 1));
    return !gluedBefore && !gluedAfter;
  }
}
