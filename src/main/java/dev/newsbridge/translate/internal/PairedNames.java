package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese names joined to a person by 和, 与, 及 or 、 (汪小菲和张兰, 原告郭希宽、杜新枝、姚策):
 * people are listed with people, so the person beside a name is the cue a two-character name
 * otherwise lacks. Two sources: names HanLP proposed without a cue, and list items a separator
 * closes on both sides, which the segmenter may have read as words (杜 + 新枝, "new branch").
 * Chains (甲、乙、丙) are followed from one found person to the next.
 */
final class PairedNames {
  /** What joins two people in a list. */
  private static final String JOINERS = "和与及、";
  /** Characters that may close a list item besides punctuation: the next joiner, 的, 等. */
  private static final String ITEM_ENDS = JOINERS + "的等";

  private PairedNames() {}

  /** The names to add to {@code found}: {@code uncued} ones and list items paired with a person. */
  static List<Mention> find(String text, String article, List<Mention> found,
      List<Mention> uncued, NameRomaniser names) {
    List<Mention> all = new ArrayList<>(found);
    List<Mention> added = new ArrayList<>();
    for (boolean grew = true; grew; ) {
      grew = false;
      List<Mention> chinese = all.stream().filter(p -> names.looksChinese(p.chinese())).toList();
      List<Mention> candidates = new ArrayList<>();
      // HanLP's uncued names pair with Chinese names only: 汤米 beside 莫利纳利 is Tommy.
      uncued.stream().filter(u -> joinedToPerson(text, u, chinese)).forEach(candidates::add);
      listItems(text, article, all, names).stream().filter(i -> joinedToPerson(text, i, all))
          .forEach(candidates::add);
      for (Mention c : candidates) {
        if (MentionFinder.isFree(all, c.start(), c.end())) {
          all.add(c);
          added.add(c);
          grew = true;
        }
      }
    }
    return added;
  }

  /** True when a joiner is all that stands between {@code m} and a person in {@code found}. */
  private static boolean joinedToPerson(String text, Mention m, List<Mention> found) {
    boolean after = m.end() < text.length() && JOINERS.indexOf(text.charAt(m.end())) >= 0;
    boolean before = m.start() > 0 && JOINERS.indexOf(text.charAt(m.start() - 1)) >= 0;
    return found.stream().anyMatch(p -> p.type() == Entity.Type.PERSON
        && (after && p.start() == m.end() + 1 || before && p.end() == m.start() - 1));
  }

  /** Names of two or three characters standing between a found person's joiner and an end. */
  private static List<Mention> listItems(String text, String article, List<Mention> found,
      NameRomaniser names) {
    List<Mention> items = new ArrayList<>();
    for (Mention p : found) {
      if (p.type() != Entity.Type.PERSON) {
        continue;
      }
      boolean foreign = !names.looksChinese(p.chinese());
      for (int length = 3; length >= 2; length--) {
        addIfItem(text, article, p.end() + 1, p.end() + 1 + length, foreign, items, names);
        addIfItem(text, article, p.start() - 1 - length, p.start() - 1, foreign, items, names);
      }
    }
    return items;
  }

  /**
   * Adds the item at {@code start..end} when it is a name: beside a foreign name, one written in
   * transliteration characters that is no place (莫利纳利和汤米, Tommy; not 哈马 of 哈马省), else
   * a Chinese one.
   */
  private static void addIfItem(String text, String article, int start, int end,
      boolean foreign, List<Mention> items, NameRomaniser names) {
    if (start < 0 || end > text.length() || !closedBefore(text, start)
        || !closedAfter(text, end)) {
      return;
    }
    String name = text.substring(start, end);
    if (Cedict.shared().hasCommonSense(name) || Hanlp.isDictionaryWord(name)) {
      return;
    }
    String english = null;
    if (foreign && MentionFinder.isTransliteration(name) && !PlaceEvidence.inDictionary(name)
        && !PlaceEvidence.inArticle(article, name)) {
      english = names.foreignName(name);
    } else if (!foreign && RoleNames.isName(name, names)) {
      english = names.chineseName(name);
    }
    if (english != null) {
      items.add(new Mention(start, end, name, english, english, Entity.Type.PERSON, false));
    }
  }

  private static boolean closedBefore(String text, int start) {
    if (start == 0) {
      return true;
    }
    char c = text.charAt(start - 1);
    return !Character.isIdeographic(c) || JOINERS.indexOf(c) >= 0;
  }

  private static boolean closedAfter(String text, int end) {
    if (end == text.length()) {
      return true;
    }
    char c = text.charAt(end);
    return !Character.isIdeographic(c) || ITEM_ENDS.indexOf(c) >= 0;
  }
}
