package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes names that no glossary knows in English letters. Chinese personal names become Hanyu
 * Pinyin without tones, surname first, given name as one word (胡含嫣 → Hu Hanyan, 欧阳娜娜 →
 * Ouyang Nana); transliterated foreign names become capitalised pinyin per part, with well-known
 * given names restored and the rest read back by transliteration conventions (马修·阿尔宾塞 →
 * Matthew Arbinse). In {@link NameStyle#TAIWAN} Chinese personal names are written the way Taiwan
 * writes them instead: Wade-Giles, given name hyphenated (陈晓明 → Chen Hsiao-ming, 李 → Lee).
 */
public final class NameRomaniser {
  /** The middle dots Chinese text uses between the parts of a foreign name. */
  public static final String NAME_DOTS = "·•‧・･.．";

  private static final Pattern DOT_SPLIT = Pattern.compile("[" + NAME_DOTS + "]");
  /** Characters that mostly appear in transliterations, not in Chinese given names. */
  private static final String TRANSLITERATION_CHARS =
      "斯尔特克德夫洛拉蒂默姆琳娜莎丝妮茨维鲁布普贝佩恩卡基吉泽兹亚科里耶伊奥埃乌阿尼森顿逊";
  /** Characters that end transliterated names (琼斯, 米勒尔) but hardly ever Chinese ones. */
  private static final String FOREIGN_ENDINGS = "斯尔姆夫茨兹普布赫勒弗";

  /** Given-name characters whose name reading differs from HanLP's running-text reading. */
  private static final Map<Character, String> NAME_READINGS =
      Map.of('娜', "na", '茜', "qian", '单', "dan", '乐', "le", '长', "chang", '行', "xing");

  /**
   * A CC-CEDICT gloss that opens with a person's name and years: "Coco Lee (1975–2023)", "Li Bai
   * (701-762)".
   */
  private static final Pattern GLOSSED_PERSON = Pattern.compile(
      "(\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3}) \\((?:c\\. )?\\d{3,4} ?[-–]");
  /**
   * A gloss that is a name and nothing else, as CC-CEDICT glosses some people without their years:
   * "Kim Yong-nam", "Abe Shinzo". Only asked of a word already taken for a person's name.
   */
  private static final Pattern NAME_ALONE =
      Pattern.compile("\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){1,2}");

  /** Given-name characters Taiwan reads other than HanLP's running text does (柏 Po, not Pai). */
  private static final Map<Character, String> TAIWAN_NAME_READINGS = Map.of('柏', "bo");

  /** Surnames Taiwan spells other than by Wade-Giles (李登輝 Lee Teng-hui, 辜振甫 Koo Chen-fu). */
  private static final Map<String, String> TAIWAN_SURNAMES = Map.of("李", "Lee", "辜", "Koo");

  private final Map<String, String> surnames;
  private final Map<String, String> givenNames;
  /** Western and other foreign family names as Chinese writes them (伍兹 Woods). */
  private final Map<String, String> familyNames;
  private final NameStyle style;

  NameRomaniser(
      List<String> surnameLines, List<String> givenNameLines, List<String> familyNameLines) {
    this.surnames = new HashMap<>();
    this.givenNames = pairs(givenNameLines);
    this.familyNames = pairs(familyNameLines);
    this.style = NameStyle.PINYIN;
    for (String line : surnameLines) {
      String[] f = line.split("\t");
      surnames.put(f[0], f.length > 1 ? f[1] : "");
    }
  }

  private static Map<String, String> pairs(List<String> lines) {
    Map<String, String> map = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      map.put(f[0], f[1]);
    }
    return map;
  }

  private NameRomaniser(NameRomaniser lists, NameStyle style) {
    this.surnames = lists.surnames;
    this.givenNames = lists.givenNames;
    this.familyNames = lists.familyNames;
    this.style = style;
  }

  /** This romaniser writing Chinese personal names in {@code style}. */
  public NameRomaniser in(NameStyle style) {
    return style == this.style ? this : new NameRomaniser(this, style);
  }

  private static final class Bundled {
    static final NameRomaniser INSTANCE = new NameRomaniser(
        Resources.lines("chinese-surnames.tsv"), Resources.lines("foreign-given-names.tsv"),
        Resources.lines("foreign-surnames.tsv"));
  }

  /**
   * The romaniser with the bundled surname and given-name lists, read once per process (the
   * entity layer and the story stage's region-neutral names share it; it is immutable).
   */
  public static NameRomaniser bundled() {
    return Bundled.INSTANCE;
  }

  /** The surname that opens {@code name} (compound surnames first), or null. */
  public String surnameOf(String name) {
    if (name.length() >= 3 && surnames.containsKey(name.substring(0, 2))) {
      return name.substring(0, 2);
    }
    return name.length() >= 2 && surnames.containsKey(name.substring(0, 1))
        ? name.substring(0, 1)
        : null;
  }

  /**
   * True when {@code name} reads as a Chinese personal name: two to four characters opening with a
   * known surname, and a given name that is not made of transliteration characters (穆拉蒂 is a
   * foreign name even though 穆 is a surname).
   */
  public boolean looksChinese(String name) {
    String surname = surnameOf(name);
    if (surname == null || name.length() > 4) {
      return false;
    }
    String given = name.substring(surname.length());
    if (FOREIGN_ENDINGS.indexOf(name.charAt(name.length() - 1)) >= 0) {
      return false;
    }
    long foreign = given.chars().filter(c -> TRANSLITERATION_CHARS.indexOf(c) >= 0).count();
    return given.length() >= 1 && given.length() <= 2 && foreign < given.length();
  }

  /**
   * 胡含嫣 → "Hu Hanyan" (Taiwan: "Hu Han-yen"); a surname alone is its surname reading (曾 →
   * "Zeng", not "Ceng"); without a known surname, one word.
   */
  public String chineseName(String name) {
    if (surnames.containsKey(name)) {
      return familyName(name);
    }
    String known = englishNameOf(name);
    if (known != null) {
      return known;
    }
    String surname = surnameOf(name);
    if (surname == null) {
      return oneWord(name);
    }
    return familyName(surname) + " " + givenName(name.substring(surname.length()));
  }

  /**
   * A glossed person's own English name: CC-CEDICT glosses famous people by the name they go by,
   * then their years (李玟 "Coco Lee (1975–2023), pop singer", 刘德华 "Andy Lau (1961-), ..."),
   * or by that name alone (金永南 "Kim Yong-nam"), which a romanisation cannot know (it would give
   * "Li Min", "Jin Yongnan"); a Japanese person given name first, as English writes them (宫崎骏
   * "Miyazaki Hayao" → Hayao Miyazaki); null when it has no such entry.
   */
  private String englishNameOf(String name) {
    for (Cedict.Reading reading : Cedict.shared().lookup(name)) {
      if (!reading.proper() || reading.senses().isEmpty()) {
        continue;
      }
      String sense = reading.senses().get(0);
      java.util.regex.Matcher m = GLOSSED_PERSON.matcher(sense);
      String english = m.lookingAt() ? m.group(1)
          : NAME_ALONE.matcher(sense).matches() ? sense : null;
      if (english != null) {
        return isJapanese(name, reading) ? givenNameFirst(english) : english;
      }
    }
    return null;
  }

  /**
   * True when CC-CEDICT glosses {@code word} as a Japanese person with years (滨田靖一 "HAMADA
   * Yasukazu (1955-), Japanese defense minister"), which no segmenter takes for a Chinese name.
   */
  boolean isJapanesePerson(String word) {
    for (Cedict.Reading reading : Cedict.shared().lookup(word)) {
      if (reading.proper() && !reading.senses().isEmpty()
          && GLOSSED_PERSON.matcher(reading.senses().get(0)).lookingAt()
          && isJapanese(word, reading)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when CC-CEDICT's entry is a Japanese person's: its gloss says Japan or capitalises the
   * family name (村上春树 "MURAKAMI Haruki"), or its pinyin marks a two-character family name
   * that is no Chinese compound surname (野田佳彦 "Ye3 tian2 Jia1 yan4").
   */
  private boolean isJapanese(String name, Cedict.Reading reading) {
    String senses = String.join(" / ", reading.senses());
    String[] syllables = reading.pinyin().split(" ");
    boolean twoCharacterFamily = syllables.length == name.length() && syllables.length >= 3
        && Character.isLowerCase(syllables[1].charAt(0))
        && Character.isUpperCase(syllables[2].charAt(0)) && !isSurname(name.substring(0, 2));
    return senses.contains("Japan") || senses.matches("\\p{Lu}{2,} .*") || twoCharacterFamily;
  }

  /**
   * A Japanese name as English writes it: CC-CEDICT's family-name-first gloss turned round,
   * without capitals, macrons or syllable apostrophes ("KOIZUMI Jun'ichirō" → "Junichiro
   * Koizumi"); a gloss of other than two words is kept as it is.
   */
  private static String givenNameFirst(String gloss) {
    String[] words = gloss.split(" ");
    if (words.length != 2) {
      return gloss;
    }
    return plainLatin(words[1]) + " " + capitalise(plainLatin(words[0]).toLowerCase(Locale.ROOT));
  }

  private static String plainLatin(String word) {
    return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace("'", "");
  }

  private String familyName(String surname) {
    String reading = surnames.get(surname);
    if (style == NameStyle.PINYIN) {
      return reading.isEmpty() ? oneWord(surname) : reading;
    }
    String taiwan = TAIWAN_SURNAMES.get(surname);
    if (taiwan != null) {
      return taiwan;
    }
    return !reading.isEmpty() && surname.length() == 1
        ? capitalise(WadeGiles.syllable(reading.toLowerCase(Locale.ROOT)))
        : oneWord(surname);
  }

  private String oneWord(String text) {
    if (style == NameStyle.PINYIN) {
      return capitalise(syllables(text));
    }
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(WadeGiles.syllable(nameReading((char) c))));
    return capitalise(out.toString());
  }

  /** 晓明 → "Xiaoming" (Pinyin, apostrophe before a, e, o) or "Hsiao-ming" (Taiwan). */
  private String givenName(String given) {
    StringBuilder out = new StringBuilder();
    for (char c : given.toCharArray()) {
      String syllable = nameReading(c);
      if (style == NameStyle.TAIWAN) {
        syllable = TAIWAN_NAME_READINGS.getOrDefault(c, syllable);
        out.append(out.length() > 0 ? "-" : "").append(WadeGiles.syllable(syllable));
      } else {
        boolean apostrophe = out.length() > 0 && "aeo".indexOf(syllable.charAt(0)) >= 0;
        out.append(apostrophe ? "'" : "").append(syllable.replace("v", "yu"));
      }
    }
    return capitalise(out.toString());
  }

  /** The toneless reading of {@code c} in a name, ü written v; the character when it has none. */
  private static String nameReading(char c) {
    String known = NAME_READINGS.get(c);
    if (known != null) {
      return known;
    }
    Pinyin p = HanLP.convertToPinyinList(String.valueOf(c)).get(0);
    return p == Pinyin.none5 ? String.valueOf(c) : p.getPinyinWithoutTone().replace("ü", "v");
  }

  /** True for a Chinese surname, one character (王) or two (欧阳). */
  public boolean isSurname(String word) {
    return surnames.containsKey(word);
  }

  /** True for a two-character surname such as 欧阳 or 司马. */
  public boolean isCompoundSurname(String word) {
    return word.length() == 2 && isSurname(word);
  }

  /** True for a Western given name as Chinese writes it (马修 Matthew). */
  public boolean isGivenName(String part) {
    return givenNames.containsKey(part);
  }

  /**
   * 马修·阿尔宾塞 → "Matthew Arbinse": each part a known given name, else read back by the
   * transliteration conventions ({@link Transliteration}), else capitalised pinyin.
   */
  public String foreignName(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : DOT_SPLIT.split(name)) {
      if (part.isEmpty()) {
        continue;
      }
      String english = givenNames.getOrDefault(part, familyNames.get(part));
      if (english == null) {
        english = dictionaryName(part);
      }
      if (english == null) {
        english = Transliteration.part(part);
      }
      out.append(out.length() > 0 ? " " : "")
          .append(english != null ? english : pinyinWord(part));
    }
    return out.toString();
  }

  /** CC-CEDICT's one-word spelling of a foreign name part (佩林 Palin, 托尼 Tony), or null. */
  private static String dictionaryName(String part) {
    if (part.length() < 2) {
      return null;
    }
    for (Cedict.Reading reading : Cedict.shared().lookup(part)) {
      if (!reading.proper() || reading.senses().isEmpty()) {
        continue;
      }
      String gloss = SenseChooser.clean(reading.senses().get(0));
      if (gloss != null && gloss.matches("\\p{Lu}[\\p{L}'-]+")) {
        return gloss;
      }
    }
    return null;
  }

  /** The toneless pinyin of {@code text} run together, with apostrophes where Pinyin needs them. */
  public static String syllables(String text) {
    StringBuilder out = new StringBuilder();
    List<Pinyin> pinyins = HanLP.convertToPinyinList(text);
    for (int i = 0; i < text.length(); i++) {
      Pinyin p = i < pinyins.size() ? pinyins.get(i) : Pinyin.none5;
      String syllable = p == Pinyin.none5 ? String.valueOf(text.charAt(i))
          : p.getPinyinWithoutTone().replace("ü", "yu").replace("v", "yu");
      if (out.length() > 0 && "aeo".indexOf(syllable.charAt(0)) >= 0) {
        out.append('\'');
      }
      out.append(syllable);
    }
    return out.toString();
  }

  /** {@code text}'s pinyin as one capitalised word without apostrophes: 长峰 "Changfeng". */
  static String pinyinWord(String text) {
    return capitalise(syllables(text).replace("'", ""));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
