package dev.newsbridge.translate.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a transliterated name (巴鲁, 瓦西拉, 苏拉威西) stands for a place rather than a person:
 * the dictionary says so, or somewhere in the article it stands where places do. HanLP proposes
 * such names as foreign people, so an earthquake in Palu made a person tag "Baru".
 */
final class PlaceEvidence {
  /**
   * What a dictionary gloss of a place says it is (苏拉威西 "Sulawesi ... (Indonesian Island)",
   * 西海 "Yellow Sea (Korean term)").
   */
  private static final Pattern PLACE_GLOSS = Pattern.compile(
      "(?i)\\b(island|state|province|city|country|county|region|capital|river|lake|mountain"
          + "|town|district|prefecture|port|sea|ocean|gulf|strait)\\b");
  /** What follows a place's name: a kind of place (巴鲁市) or where around it (瓦西拉一带). */
  private static final String PLACE_SUFFIXES = "州市省县郡岛河湖山港镇村湾";
  private static final List<String> AROUND = List.of("一带", "附近", "境内", "地区", "当地", "沿海");
  /** Verbs of going and being that take a place (前往巴鲁, 位于瓦西拉). */
  private static final List<String> GOING = List.of("前往", "抵达", "位于", "飞往", "驶往", "途经",
      "赶赴", "赶往", "到达");
  /** The longest place name looked up right before a name (阿拉斯加瓦西拉: Alaska, then the town). */
  private static final int LONGEST_PLACE = 5;

  private PlaceEvidence() {}

  /** True when CC-CEDICT reads {@code word} as a place and not as anything common. */
  static boolean inDictionary(String word) {
    List<Cedict.Reading> readings = Cedict.shared().lookup(word);
    return !readings.isEmpty() && readings.stream().allMatch(Cedict.Reading::proper)
        && readings.stream().anyMatch(r -> !r.senses().isEmpty()
            && PLACE_GLOSS.matcher(r.senses().get(0)).find());
  }

  /** True when some mention of {@code name} in {@code article} stands where places do. */
  static boolean inArticle(String article, String name) {
    for (int i = article.indexOf(name); i >= 0; i = article.indexOf(name, i + 1)) {
      if (placeAfter(article, i + name.length()) || placeBefore(article, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean placeAfter(String text, int end) {
    return end < text.length() && PLACE_SUFFIXES.indexOf(text.charAt(end)) >= 0
        || AROUND.stream().anyMatch(w -> text.startsWith(w, end));
  }

  private static boolean placeBefore(String text, int start) {
    if (GOING.stream().anyMatch(w -> start >= w.length() && text.startsWith(w, start - w.length()))) {
      return true;
    }
    if (start > 0 && "州省".indexOf(text.charAt(start - 1)) >= 0) {
      return true; // 俄克拉荷马州塔尔萨: a state, then its city
    }
    for (int len = 2; len <= LONGEST_PLACE && len <= start; len++) {
      if (inDictionary(text.substring(start - len, start))) {
        return true;
      }
    }
    return false;
  }
}
