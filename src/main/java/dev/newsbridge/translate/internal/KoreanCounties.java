package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.List;

/**
 * Counties (郡, gun) in Korea, which Chinese news writes in Korea's own characters (江原道金刚郡,
 * 大邱达城郡) and a gloss turns into "diamond canton": in a text about Korea ({@link
 * KoreanEvidence#ofPlace}), the two characters before 郡 that nothing else took are read in Korean
 * ({@link KoreanNames#place}) as the Korea they lie in writes them, with "County": Kumgang County
 * in the North, Dalseong County in the South. One- and three-character counties are out of scope;
 * outside Korea (亨内平郡, Hennepin County) 郡 is left to the other passes.
 */
final class KoreanCounties {
  /** The length of the county names read, in characters. */
  static final int NAME_LENGTH = 2;

  private KoreanCounties() {}

  /** Adds to {@code found} every Korean county of {@code text} that overlaps nothing found. */
  static void find(String text, String article, List<Mention> found) {
    for (int p = text.indexOf('郡'); p >= NAME_LENGTH; p = text.indexOf('郡', p + 1)) {
      int start = p - NAME_LENGTH;
      String name = text.substring(start, p);
      if (!MentionFinder.isFree(found, start, p + 1)
          || !name.codePoints().allMatch(Character::isIdeographic)) {
        continue;
      }
      KoreanEvidence.Korea korea = KoreanEvidence.ofPlace(text, start, article);
      String korean = korea == null ? null
          : KoreanNames.bundled().place(name, korea == KoreanEvidence.Korea.NORTH);
      if (korean != null) {
        String english = korean + " County";
        found.add(new Mention(start, p + 1, name + "郡", english, english, Entity.Type.PLACE,
            false));
      }
    }
  }
}
