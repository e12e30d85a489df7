package dev.newsbridge.translate.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of China's 34 province-level regions (provinces, municipalities, autonomous regions, Hong
 * Kong, Macao, Taiwan) a Chinese place name lies in: the region itself (河南, 河南省), or the one
 * CC-CEDICT's gloss of the place names (安阳市 "Anyang, prefecture-level city in Henan Province
 * 河南省"; 岳西县 "Yuexi, a county in Anqing City 安庆市, Anhui"). Two reports of look-alike events in
 * different provinces (two hospital fires, one in Beijing and one in Henan) can then be told apart
 * even when their cities are never named alike.
 */
public final class ChineseRegions {
  /** The regions by Chinese name (without 省, 市 or 自治区) and their English names. */
  static final Map<String, String> REGIONS =
      Map.ofEntries(
          Map.entry("北京", "Beijing"), Map.entry("天津", "Tianjin"),
          Map.entry("上海", "Shanghai"), Map.entry("重庆", "Chongqing"),
          Map.entry("河北", "Hebei"), Map.entry("山西", "Shanxi"),
          Map.entry("辽宁", "Liaoning"), Map.entry("吉林", "Jilin"),
          Map.entry("黑龙江", "Heilongjiang"), Map.entry("江苏", "Jiangsu"),
          Map.entry("浙江", "Zhejiang"), Map.entry("安徽", "Anhui"),
          Map.entry("福建", "Fujian"), Map.entry("江西", "Jiangxi"),
          Map.entry("山东", "Shandong"), Map.entry("河南", "Henan"),
          Map.entry("湖北", "Hubei"), Map.entry("湖南", "Hunan"),
          Map.entry("广东", "Guangdong"), Map.entry("海南", "Hainan"),
          Map.entry("四川", "Sichuan"), Map.entry("贵州", "Guizhou"),
          Map.entry("云南", "Yunnan"), Map.entry("陕西", "Shaanxi"),
          Map.entry("甘肃", "Gansu"), Map.entry("青海", "Qinghai"),
          Map.entry("台湾", "Taiwan"), Map.entry("内蒙古", "Inner Mongolia"),
          Map.entry("广西", "Guangxi"), Map.entry("西藏", "Tibet"),
          Map.entry("宁夏", "Ningxia"), Map.entry("新疆", "Xinjiang"),
          Map.entry("香港", "Hong Kong"), Map.entry("澳门", "Macao"));

  /** What a region's full name adds to it: 河南省, 北京市, 广西壮族自治区. */
  private static final Pattern REGION_SUFFIX = Pattern.compile("(省|市|(壮族|回族|维吾尔)?自治区)$");

  /**
   * What a city's or county's headword adds to the name news uses (CC-CEDICT lists 安阳 only as
   * 安阳市; {@link Cedict} already gives 市 and 县 names their short form, not 区 or 州).
   */
  private static final List<String> PLACE_SUFFIXES = List.of("", "市", "县", "区", "州");

  private static final Map<String, Pattern> ENGLISH_NAMES = englishPatterns();

  /** Other English spellings of regions: {@code Xizang} is Tibet's Chinese-standard name. */
  private static final Map<String, String> REGION_ALIASES =
      Map.of("Xizang", "Tibet", "Macau", "Macao");

  /**
   * A place gloss's English name: its first words, then a comma or the kind of place ("Anyang,
   * prefecture-level city in Henan"; "Sanmen county in Taizhou"; "Jiaojiang district of ...").
   */
  private static final Pattern PLACE_GLOSS =
      Pattern.compile("^([A-Z][a-z']+(?:[ -][A-Z][a-z']+)?)(?:,| (?:county|district|city|"
          + "prefecture|banner)\\b)");

  /** What makes a gloss a place's, not a person's born somewhere ("Mao Zedong, born in Hunan"). */
  private static final Pattern PLACE_KIND =
      Pattern.compile(
          "\\b(?:city|county|district|prefecture|banner|capital|municipality)\\b");

  /** What makes a place a city the news means by its name (Nanjing, not 南靖 Nanjing county). */
  private static final Pattern MAJOR_PLACE =
      Pattern.compile("prefecture-level city|sub-provincial|capital of|municipality");

  /** Regions whose districts are cities' worth of news (Beijing's Chaoyang, Shanghai's Pudong). */
  private static final Set<String> MUNICIPALITIES =
      Set.of("Beijing", "Shanghai", "Tianjin", "Chongqing");

  /** What ends the headwords of counties, cities and districts (安阳县, 三门县, 椒江区). */
  private static final String LEVEL_SUFFIXES = "市县区";

  private final Cedict cedict;
  private volatile Map<String, String> byEnglishName;

  public ChineseRegions(Cedict cedict) {
    this.cedict = cedict;
  }

  /**
   * The region an English place name of China lies in ("Anyang" → "Henan", "Henan" → "Henan",
   * "Xizang" → "Tibet"), or null when the name is no place of China the dictionary knows or names
   * places in two regions (Taizhou: Jiangsu's and Zhejiang's; a city the news means by the name
   * outranks a county of the same spelling): what an English report's places say about where it
   * happened. Left out: names of one syllable, far more often people's than places (献县 "Xian
   * county"), and towns, too many to keep their spellings apart (茅台镇 Maotai is a liquor too).
   */
  public String ofEnglishName(String name) {
    Map<String, String> index = byEnglishName;
    if (index == null) {
      index = byEnglishName = englishIndex();
    }
    return index.get(name);
  }

  private Map<String, String> englishIndex() {
    EnglishIndex index = new EnglishIndex();
    cedict.forEach((word, readings) -> readings.forEach(r -> index.addPlace(word, r)));
    return index.build();
  }

  /**
   * English place names and their regions as the dictionary is read: a city the news means by the
   * name outranks a county of the same spelling; two of one rank in different regions make the
   * name ambiguous, and it is left out.
   */
  private static final class EnglishIndex {
    private final Map<String, String> regions = new HashMap<>();
    private final Set<String> major = new HashSet<>();
    private final Set<String> ambiguous = new HashSet<>();

    /** Indexes {@code reading} of {@code word} if it is a place of two syllables or more. */
    void addPlace(String word, Cedict.Reading reading) {
      boolean suffixed = word.length() > 1
          && LEVEL_SUFFIXES.indexOf(word.charAt(word.length() - 1)) >= 0;
      if (!reading.proper() || reading.pinyin().split(" ").length - (suffixed ? 1 : 0) < 2) {
        return;
      }
      String gloss = reading.senses().get(0);
      Matcher m = PLACE_GLOSS.matcher(gloss);
      String region = m.find() && PLACE_KIND.matcher(gloss).find() ? named(gloss) : null;
      if (region != null) {
        add(m.group(1), region, MAJOR_PLACE.matcher(gloss).find()
            || MUNICIPALITIES.contains(region) && gloss.contains("district"));
      }
    }

    private void add(String name, String region, boolean isMajor) {
      String old = regions.get(name);
      boolean oldMajor = major.contains(name);
      if (old == null || isMajor && !oldMajor) {
        regions.put(name, region);
        ambiguous.remove(name);
      } else if (!old.equals(region) && isMajor == oldMajor) {
        ambiguous.add(name);
      }
      if (isMajor) {
        major.add(name);
      }
    }

    /** The index: the unambiguous names, the regions' own names and their other spellings. */
    Map<String, String> build() {
      Map<String, String> index = new HashMap<>(regions);
      index.keySet().removeAll(ambiguous);
      REGIONS.values().forEach(region -> index.put(region, region));
      index.putAll(REGION_ALIASES);
      return Map.copyOf(index);
    }
  }

  /**
   * The English name of the region {@code place} (Simplified characters) lies in, or null when it
   * is no region and no gloss of it names exactly one (a foreign place, an unknown name).
   */
  public String of(String place) {
    String base = REGION_SUFFIX.matcher(place).replaceFirst("");
    if (REGIONS.containsKey(base)) {
      return REGIONS.get(base);
    }
    for (String suffix : PLACE_SUFFIXES) {
      for (Cedict.Reading r : cedict.lookup(place + suffix)) {
        String region = r.proper() ? named(r.senses().get(0)) : null;
        if (region != null) {
          return region;
        }
      }
    }
    return null;
  }

  /**
   * The one region a gloss names, in Chinese (河南省) or else in English ("..., Anhui"), but not
   * the region the gloss is about ("Henan Province, capital Zhengzhou" names no other); null when
   * it names none or several.
   */
  static String named(String gloss) {
    String found = null;
    for (Map.Entry<String, String> region : REGIONS.entrySet()) {
      if (gloss.contains(region.getKey())) {
        if (found != null && !found.equals(region.getValue())) {
          return null;
        }
        found = region.getValue();
      }
    }
    if (found != null) {
      return found;
    }
    for (Map.Entry<String, Pattern> english : ENGLISH_NAMES.entrySet()) {
      if (!gloss.startsWith(english.getKey()) && english.getValue().matcher(gloss).find()) {
        if (found != null) {
          return null;
        }
        found = english.getKey();
      }
    }
    return found;
  }

  private static Map<String, Pattern> englishPatterns() {
    Map<String, Pattern> out = new java.util.HashMap<>();
    for (String english : REGIONS.values()) {
      out.put(english, Pattern.compile("\\b" + Pattern.quote(english) + "\\b"));
    }
    return Map.copyOf(out);
  }
}
