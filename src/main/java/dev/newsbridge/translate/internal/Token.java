package dev.newsbridge.translate.internal;

/**
 * One unit of a paragraph on its way through the gloss engine.
 *
 * @param text the Chinese word, the placeholder, the finished English or the punctuation mark
 * @param nature HanLP's part-of-speech tag ("m" for finished numbers, "nr" for names)
 * @param kind what the token is
 * @param pluralNext true after a count above one, so the next noun is made plural
 */
public record Token(String text, String nature, Kind kind, boolean pluralNext) {
  public enum Kind {
    WORD,
    NAME,
    LITERAL,
    PUNCT,
    OTHER_SCRIPT
  }

  static Token of(String word, String nature) {
    Kind kind;
    if (nature.equals("w") || word.chars().allMatch(c -> Glosser.PUNCTUATION.containsKey(c))) {
      kind = Kind.PUNCT;
    } else if (word.codePoints().anyMatch(Character::isIdeographic)) {
      kind = Kind.WORD;
    } else {
      kind = Kind.OTHER_SCRIPT;
    }
    return new Token(word, nature, kind, false);
  }
}
