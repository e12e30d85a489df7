package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.List;

/**
 * People named right after a minister title in 相 (日本财务相铃木俊一, 朝鲜国防相强纯男), which
 * {@link MinisterTitles} found: the title is evidence before the name, as 部长 is in {@link
 * RoleNames}, and a word news writes after a name (表示, 会见, 周二, a mark) is evidence after it.
 * The name is read as the text says the person is ({@link KoreanEvidence#countryBefore}): 日本
 * before the title makes it Japanese, read as CC-CEDICT glosses the person (滨田靖一 Yasukazu
 * Hamada) or, where the project's tables hold both its parts, by {@link JapaneseNames} before
 * this pass (铃木俊一 Shunichi Suzuki), else as the pinyin of its family and given names
 * (铃木英敬 Lingmu Yingjing), since no reading is guessed; 朝鲜 or 韩国 before the title, or an
 * article citing the North's agency 朝中社, makes it Korean ({@link KoreanNames}), or Chinese
 * where the table lacks a character. Where the text names no such country (英国首相约翰逊) the title is no evidence here
 * and the other finders decide.
 */
final class MinisterNames {
  /** The shortest name taken, in characters (朴振); Japanese names are at least three (林芳正). */
  static final int MIN_NAME = 2;
  /** The longest name taken other than a Japanese one, in characters (compound surname + two). */
  static final int MAX_NAME = 4;
  /**
   * Words news writes right after a person's name: saying, meeting, time, prepositions (also
   * what ends a name {@link JapaneseNames} reads).
   */
  static final List<String> AFTER_NAME = List.of("表示", "说", "称", "指出", "强调",
      "认为", "透露", "宣布", "回应", "会见", "会晤", "访问", "视察", "出席", "参加", "发表",
      "举行", "接受", "抵达", "前往", "致电", "通电话", "在", "于", "与", "和", "同", "的", "将",
      "已", "曾", "也", "还", "就", "对", "向", "等", "周", "星期", "今天", "今日", "昨天", "昨日",
      "当天", "当日", "日前", "近日", "此前", "本月", "上月", "近期", "一行", "本人", "率", "是", "为",
      "则");
  /** Function words no name is made of: after 日本外相将于下周访问, 将于下 is no person. */
  private static final String NOT_IN_NAMES = "的了在是和与也都就将被把对从向以为于及而或并曾已又还再很更最其该此"
      + "这那们个说称等由";

  private final NameRomaniser names;

  MinisterNames(NameRomaniser names) {
    this.names = names;
  }

  /** Adds to {@code found} the person right after each title of {@code titles} in {@code text}. */
  void find(String text, String article, List<Mention> titles, List<Mention> found) {
    for (Mention title : titles) {
      String country = KoreanEvidence.countryBefore(text, title.start());
      if (country == null && article.contains("朝中社")) {
        country = "朝鲜";
      }
      Mention person = country == null ? null : personAt(text, title.end(), country);
      if (person != null && MentionFinder.isFree(found, person.start(), person.end())) {
        found.add(person);
      }
    }
  }

  private Mention personAt(String text, int start, String country) {
    boolean japanese = "日本".equals(country);
    for (int end = Math.min(text.length(), start + MentionFinder.MAX_JAPANESE_NAME);
        japanese && end >= start + 3; end--) {
      String word = text.substring(start, end);
      if (names.isJapanesePerson(word)) {
        String english = names.chineseName(word);
        return person(text, start, end, english, english.substring(english.lastIndexOf(' ') + 1));
      }
    }
    int end = nameEnd(text, start, japanese ? 3 : MIN_NAME,
        japanese ? MentionFinder.MAX_JAPANESE_NAME : MAX_NAME);
    if (end < 0) {
      return null;
    }
    String name = text.substring(start, end);
    if (japanese && !looksJapanese(name)) {
      return null;
    }
    if (japanese) {
      String english = japaneseInPinyin(name);
      return person(text, start, end, english, english.substring(0, english.indexOf(' ')));
    }
    if (!RoleNames.isName(name, names) || Cedict.shared().contains(name)
        || name.chars().anyMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0)) {
      return null;
    }
    String korean = KoreanNames.bundled().person(name, KoreanEvidence.korea(country));
    String english = korean != null ? korean : names.chineseName(name);
    return person(text, start, end, english, english);
  }

  /** Where a name from {@code start} ends: before the first word that follows names; else -1. */
  private static int nameEnd(String text, int start, int min, int max) {
    for (int end = start + min; end <= Math.min(text.length(), start + max); end++) {
      String name = text.substring(start, end);
      if (!name.codePoints().allMatch(Character::isIdeographic)) {
        return -1;
      }
      String rest = text.substring(end);
      if (rest.isEmpty() || !Character.isIdeographic(rest.codePointAt(0))
          || AFTER_NAME.stream().anyMatch(rest::startsWith)) {
        return end;
      }
    }
    return -1;
  }

  /**
   * True unless {@code name} holds a function word or a common word past a family name CC-CEDICT
   * knows (将于下, 也在会上): evidence that the words after a title are no person.
   */
  private static boolean looksJapanese(String name) {
    int from = properFamily(name) ? familyLength(name) : 0;
    if (name.substring(from).chars().anyMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0)) {
      return false;
    }
    for (int i = Math.max(0, from - 1); i + 2 <= name.length(); i++) {
      if (Cedict.shared().hasCommonSense(name.substring(i, i + 2))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A Japanese name CC-CEDICT does not gloss, as the pinyin of its family and given names: the
   * family name is the longest opening CC-CEDICT has as a proper noun (铃木 Suzuki), else two
   * characters of a longer name or one of a three-character one.
   */
  static String japaneseInPinyin(String name) {
    int family = familyLength(name);
    return NameRomaniser.pinyinWord(name.substring(0, family)) + " "
        + NameRomaniser.pinyinWord(name.substring(family));
  }

  private static boolean properFamily(String name) {
    return familyLength(name) > 1
        && Cedict.shared().lookup(name.substring(0, familyLength(name))).stream()
            .anyMatch(Cedict.Reading::proper);
  }

  private static int familyLength(String name) {
    for (int len = Math.min(3, name.length() - 1); len > 1; len--) {
      String opening = name.substring(0, len);
      if (Cedict.shared().lookup(opening).stream().anyMatch(Cedict.Reading::proper)) {
        return len;
      }
    }
    return name.length() >= 4 ? 2 : 1;
  }

  private static Mention person(String text, int start, int end, String english,
      String shortForm) {
    return new Mention(start, end, text.substring(start, end), english, shortForm,
        Entity.Type.PERSON, false);
  }
}
