package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Korea's provinces (道), major cities and the places reports of the North's launches name, which
 * Chinese news writes in Korea's own characters and a gloss turns into words (黄海南道 "yellow
 * Hainan road", 釜山 "kettle mountain"): those listed in korean-places.tsv are read in Korean
 * ({@link KoreanNames#place}) as the Korea they lie in writes its places, a province with its kind
 * in English: South Hwanghae Province, North Chungcheong Province, Jeju Special Self-Governing
 * Province, Busan, Kaesong; a city or county word after a place is part of it (大邱市 Daegu,
 * 通川郡 Thongchon County). A province's name says which Korea it is in and is no Chinese place,
 * so it needs no evidence; 江原道, on both Koreas' maps, is the Korea the text names ({@link
 * KoreanEvidence#ofPlace}), else the South's. A place that is a Chinese place or word too (大田,
 * 海州) is read only in an article that names a Korea. Unlisted places, and places whose English
 * is no reading of their characters (首尔 Seoul, in the glossary), are out of scope here.
 */
final class KoreanPlaces {
  /** A listed place: the Korea it lies in (null for both) and whether the article must name one. */
  private record Place(String chinese, KoreanEvidence.Korea korea, boolean needsKorea) {}

  /** How a province's name ends, and the English before and after the reading of the rest. */
  private record Province(String ending, String before, String after) {}

  /** The endings of province names, longest first (济州特别自治道 is no X道 of 济州特别自治). */
  private static final List<Province> PROVINCES = List.of(
      new Province("特别自治道", "", " Special Self-Governing Province"),
      new Province("南道", "South ", " Province"),
      new Province("北道", "North ", " Province"),
      new Province("道", "", " Province"));

  private final List<Place> places = new ArrayList<>();

  KoreanPlaces(List<String> lines) {
    for (String line : lines) {
      String[] f = line.split("\t");
      KoreanEvidence.Korea korea = switch (f[1]) {
        case "north" -> KoreanEvidence.Korea.NORTH;
        case "south" -> KoreanEvidence.Korea.SOUTH;
        default -> null;
      };
      places.add(new Place(f[0], korea, f[2].equals("korea")));
    }
    // the longest first, so 济州特别自治道 is one place and not 济州 and a gloss
    places.sort(Comparator.comparingInt((Place p) -> p.chinese().length()).reversed());
  }

  private static final class Bundled {
    static final KoreanPlaces INSTANCE = new KoreanPlaces(Resources.lines("korean-places.tsv"));
  }

  /** The places of the bundled list, read once per process. */
  static KoreanPlaces bundled() {
    return Bundled.INSTANCE;
  }

  /** Adds to {@code found} every listed place of {@code text} that overlaps nothing found. */
  void find(String text, String article, List<Mention> found) {
    for (Place place : places) {
      String name = place.chinese();
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int end = withCityWord(text, at + name.length(), name);
        String english = MentionFinder.isFree(found, at, end) && !opensLongerName(text, at, end)
            ? english(place, text, at, article) : null;
        if (english != null) {
          english += text.charAt(end - 1) == '郡' ? " County" : "";
          found.add(new Mention(at, end, text.substring(at, end), english, english,
              Entity.Type.PLACE, false));
        }
      }
    }
  }

  /**
   * Where a city's mention ends: after 市 ("city") when it follows, which English leaves out
   * (大邱市 is Daegu; glossed alone 市 is "market"), or after 郡 (通川郡, Thongchon County).
   */
  private static int withCityWord(String text, int end, String name) {
    boolean city = PROVINCES.stream().noneMatch(p -> name.endsWith(p.ending()));
    return city && end < text.length() && "市郡".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
  }

  /**
   * True when the place at [{@code at}, {@code end}) opens a longer name CC-CEDICT has (济州岛
   * Jeju Island, 世宗大王 Sejong the Great), which is better read whole.
   */
  private static boolean opensLongerName(String text, int at, int end) {
    for (int longer = end + 1; longer <= Math.min(text.length(), end + 2); longer++) {
      if (Cedict.shared().lookup(text.substring(at, longer)).stream()
          .anyMatch(Cedict.Reading::proper)) {
        return true;
      }
    }
    return false;
  }

  /** The place at {@code at} in English, or null where the article gives no Korea it needs. */
  private static String english(Place place, String text, int at, String article) {
    KoreanEvidence.Korea named = place.needsKorea() || place.korea() == null
        ? KoreanEvidence.ofPlace(text, at, article) : null;
    if (place.needsKorea() && named == null) {
      return null;
    }
    KoreanEvidence.Korea korea = place.korea() != null ? place.korea()
        : named != null ? named : KoreanEvidence.Korea.SOUTH;
    return english(place.chinese(), korea == KoreanEvidence.Korea.NORTH);
  }

  /** 黄海南道 → "South Hwanghae Province" (North), 釜山 → "Busan"; null when it cannot be read. */
  static String english(String chinese, boolean north) {
    for (Province p : PROVINCES) {
      if (chinese.endsWith(p.ending()) && chinese.length() > p.ending().length()) {
        String stem = KoreanNames.bundled()
            .place(chinese.substring(0, chinese.length() - p.ending().length()), north);
        return stem == null ? null : p.before() + stem + p.after();
      }
    }
    return KoreanNames.bundled().place(chinese, north);
  }
}
