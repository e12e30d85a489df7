package dev.newsbridge.translate.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minister titles ending in 相, as Chinese writes Japan's and North Korea's ministers (国防相,
 * 防卫相, 财务相, 外相, 首相), read as "X minister" with the English the engine already has for
 * X部长 or X大臣 (glossary first, then CC-CEDICT), for X相 itself in CC-CEDICT, or for the
 * ministry X部/X省 ("Ministry of Health" gives "health minister"). A segmenter cuts 国防相 into
 * 国防 + 相, and 相 alone glosses "each other".
 *
 * <p>相 also opens common words (相关, 相信, 相比: 国防相关产业 is "defence-related industry"), so
 * X相 is a title only where X has a minister's English and 相 opens no word with what follows
 * (see {@link #standsAsTitle}); a name, a mark, a verb or anything else may follow a title.
 * Titles with no English to derive are left to the glosser; Japan's ministries are in the
 * glossary (经济产业省, Ministry of Economy, Trade and Industry: 经济产业相 is the "economy, trade and
 * industry minister").
 */
final class MinisterTitles {
  /** The longest X of an X相 title looked up, in characters (厚生劳动 is 4). */
  static final int MAX_OFFICE = 6;

  /** Words after 相 that a title takes although 相 would make a word with their first character. */
  private static final List<String> FOLLOWERS = List.of("称", "对此", "对于", "对该", "当天",
      "当日", "当时", "处理");
  /**
   * Characters that make a word with 相 (相关, 相信, 相比, 相结合), so X相 before them is no title;
   * none of them opens a name a title stands before (加藤, 约翰逊 do).
   */
  private static final String WORD_AFTER_相 =
      "关信比同互似近应继符反连差遇识配聚撞距映辅像较结向助望邻隔争逢";
  /**
   * Offices Japanese titles abbreviate (法相 for the minister of 法务省, 经产相 for 经济产业省),
   * read as titles only right after a country with nothing but a role between (日本法相), since
   * the abbreviations end common words too (看法相左, "views differ").
   */
  private static final Map<String, String> ABBREVIATED = Map.of("法", "法务", "经产", "经济产业",
      "文科", "文部科学", "国交", "国土交通", "厚劳", "厚生劳动", "农水", "农林水产");
  private static final Pattern MINISTER_OF = Pattern.compile("^minister (?:of|for) (.+)$");
  private static final Pattern MINISTRY_OF = Pattern.compile("^ministry of (?:the )?(.+)$");
  private static final Pattern OFFICE_MINISTRY = Pattern.compile("^(.+) (?:ministry|department)$");

  private final Glossary glossary;
  private final SenseChooser senses;

  MinisterTitles(Glossary glossary, SenseChooser senses) {
    this.glossary = glossary;
    this.senses = senses;
  }

  /** Adds to {@code found} every X相 title of {@code text} that overlaps nothing found. */
  void find(String text, List<Mention> found) {
    for (int p = text.indexOf('相'); p > 0; p = text.indexOf('相', p + 1)) {
      for (int start = Math.max(0, p - MAX_OFFICE); start < p; start++) {
        String office = text.substring(start, p);
        if (!office.codePoints().allMatch(Character::isIdeographic)
            || !MentionFinder.isFree(found, start, p + 1)) {
          continue;
        }
        String english = english(office);
        if (english == null && ABBREVIATED.containsKey(office)
            && KoreanEvidence.countryBefore(text, start) != null) {
          english = english(ABBREVIATED.get(office));
        }
        if (english != null && standsAsTitle(text, start, p + 1)) {
          found.add(new Mention(start, p + 1, office + "相", english, english, null, true));
          break;
        }
      }
    }
  }

  /** "X minister" for the office X, or null when the engine knows no English to derive it from. */
  String english(String office) {
    for (String title : List.of(office + "部长", office + "大臣")) {
      if (!glossary.senses(title).isEmpty()) {
        return asTitle(glossary.senses(title).get(0).english());
      }
    }
    for (String title : List.of(office + "相", office + "大臣", office + "部长")) {
      String gloss = Cedict.shared().contains(title) ? asTitle(senses.nounGloss(title)) : null;
      if (gloss != null) {
        return gloss;
      }
    }
    for (String ministry : List.of(office + "部", office + "省")) {
      String gloss = glossary.senses(ministry).isEmpty()
          ? (Cedict.shared().contains(ministry) ? senses.nounGloss(ministry) : null)
          : glossary.senses(ministry).get(0).english();
      String title = fromMinistry(gloss);
      if (title != null) {
        return title;
      }
    }
    return null;
  }

  /** "minister of finance" → "finance minister"; null unless it names a minister. */
  private static String asTitle(String gloss) {
    if (gloss == null) {
      return null;
    }
    String g = gloss.toLowerCase(Locale.ROOT).trim();
    Matcher of = MINISTER_OF.matcher(g);
    if (of.matches()) {
      return of.group(1) + " minister";
    }
    return g.endsWith("minister") ? g : null;
  }

  /**
   * "Ministry of Health" → "health minister", "Ministry of the Environment" → "environment
   * minister", "foreign ministry" → "foreign minister".
   */
  private static String fromMinistry(String gloss) {
    if (gloss == null) {
      return null;
    }
    String g = gloss.toLowerCase(Locale.ROOT).trim();
    Matcher of = MINISTRY_OF.matcher(g);
    if (of.matches()) {
      return of.group(1) + " minister";
    }
    Matcher office = OFFICE_MINISTRY.matcher(g);
    return office.matches() ? office.group(1) + " minister" : null;
  }

  /**
   * True unless 相 opens a word here: a character that makes a word with 相 follows (相关, 相信),
   * or 当, 对 or 处 does outside the phrases a title takes (国防相对此表示, but 国防相对薄弱), or X相
   * starts a longer dictionary word (首相府).
   */
  private static boolean standsAsTitle(String text, int start, int after) {
    if (after >= text.length() || !Character.isIdeographic(text.charAt(after))) {
      return true;
    }
    String rest = text.substring(after);
    if (FOLLOWERS.stream().anyMatch(rest::startsWith)) {
      return true;
    }
    for (int end = after + 1; end <= Math.min(text.length(), after + 2); end++) {
      if (Cedict.shared().contains(text.substring(start, end))) {
        return false;
      }
    }
    return WORD_AFTER_相.indexOf(rest.charAt(0)) < 0 && "当对处".indexOf(rest.charAt(0)) < 0;
  }
}
