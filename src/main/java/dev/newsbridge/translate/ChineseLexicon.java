package dev.newsbridge.translate;

import dev.newsbridge.text.ChineseScripts;
import dev.newsbridge.translate.internal.Cedict;
import dev.newsbridge.translate.internal.ChineseRegions;
import dev.newsbridge.translate.internal.EntityLayer;
import dev.newsbridge.translate.internal.NameRomaniser;
import dev.newsbridge.translate.internal.NameStyle;
import dev.newsbridge.translate.internal.ResolvedEntity;
import dev.newsbridge.translate.internal.SenseChooser;
import dev.newsbridge.translate.internal.WordClass;
import java.util.ArrayList;
import java.util.List;

/**
 * The translate stage's Chinese knowledge for later stages (tagging, stories): noun glosses from
 * CC-CEDICT, the entity layer's names, region-neutral personal names, and pinyin. Thread-safe;
 * data loads once per process.
 */
public final class ChineseLexicon {
  private static final class Holder {
    static final SenseChooser SENSES = new SenseChooser(Cedict.shared());
  }

  private static final class Regions {
    static final ChineseRegions OF = new ChineseRegions(Cedict.shared());
  }

  private static final class Names {
    static final NameRomaniser PINYIN = NameRomaniser.bundled();
    static final NameRomaniser TAIWAN = PINYIN.in(NameStyle.TAIWAN);
  }

  private ChineseLexicon() {}

  /**
   * The English noun gloss of {@code word} (人工智能 → "artificial intelligence"), or null when
   * CC-CEDICT has no sense that is not a verb.
   */
  public static String nounGloss(String word) {
    return Holder.SENSES.nounGloss(word);
  }

  /** The entities of an untranslated Chinese article, each with its canonical English name. */
  public static List<Entity> entities(String title, List<String> paragraphs) {
    List<String> texts = new ArrayList<>();
    texts.add(title == null ? "" : title);
    texts.addAll(paragraphs);
    return EntityLayer.shared().protect(texts).entities().stream()
        .filter(e -> e.type() != null).map(ResolvedEntity::toEntity).toList();
  }

  /**
   * One English name for one person whichever region's spelling the translation used: a Chinese
   * personal name written as Taiwan spells it (陳曉明 Chen Hsiao-ming) becomes its pinyin
   * (Chen Xiaoming), the spelling a mainland report of the same person has; every other entity,
   * the glossary's people included (Tsai Ing-wen), keeps its English name.
   */
  public static String regionNeutralName(Entity entity) {
    if (entity.type() != Entity.Type.PERSON || entity.original().isEmpty()
        || !Character.isIdeographic(entity.original().codePointAt(0))) {
      return entity.english();
    }
    String name = ChineseScripts.simplifiedPhrases(entity.original());
    return entity.english().equals(Names.TAIWAN.chineseName(name))
        ? Names.PINYIN.chineseName(name) : entity.english();
  }

  /**
   * The English name of the province-level region of China a place lies in (安阳 → "Henan", 台北
   * → "Taiwan", 河南省 → "Henan"), or null for any other entity and for a place in none that the
   * dictionary knows (a foreign place): where a domestic report happened, so that the story stage
   * can keep apart look-alike events of two provinces.
   */
  public static String region(Entity entity) {
    if (entity.type() != Entity.Type.PLACE || entity.original().isEmpty()
        || !Character.isIdeographic(entity.original().codePointAt(0))) {
      return null;
    }
    return Regions.OF.of(ChineseScripts.simplifiedPhrases(entity.original()));
  }

  /**
   * The English name of the province-level region of China an English place name lies in
   * ("Anyang" → "Henan", "Hong Kong" → "Hong Kong"), or null for a name that is no place of China
   * the dictionary knows, or one that two regions share: where an English report happened.
   */
  public static String regionOfEnglishName(String name) {
    return Regions.OF.ofEnglishName(name);
  }

  /** Toneless pinyin of {@code text} as ASCII words, e.g. 特摄 → "teshe". */
  public static String pinyin(String text) {
    return NameRomaniser.syllables(text).replace("'", "").replace("ü", "yu");
  }

  /** The part-of-speech-free dictionary gloss of {@code word}, or null. */
  public static String gloss(String word) {
    return Holder.SENSES.gloss(word, WordClass.OTHER);
  }
}
