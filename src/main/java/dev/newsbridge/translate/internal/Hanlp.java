package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * The shared HanLP segmenters. HanLP's segmenters keep no per-call state, so one instance of each
 * serves every thread; its dictionaries load on first use (about half a second).
 */
public final class Hanlp {
  private Hanlp() {}

  private static final class Holder {
    /** Viterbi segmentation with Chinese and transliterated person-name recognition. */
    static final Segment NAMES =
        HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableNumberQuantifierRecognize(false)
            .enableCustomDictionary(true);

    /** Plain segmentation for glossing: names are already protected by then. */
    static final Segment PLAIN =
        HanLP.newSegment()
            .enableNameRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableNumberQuantifierRecognize(false)
            .enableCustomDictionary(true);
  }

  /** Words with part-of-speech tags, person names recognised (nr, nrf). */
  public static List<Term> withNames(String text) {
    return Holder.NAMES.seg(text);
  }

  /** Words with part-of-speech tags, no name recognition. */
  public static List<Term> plain(String text) {
    return Holder.PLAIN.seg(text);
  }

  /**
   * True when HanLP's core or custom dictionary lists {@code word} as a common word (张开 "open",
   * 金额 "amount", 周末 "weekend"): a sense other than a name (nr...) or another proper noun (nz).
   */
  public static boolean isDictionaryWord(String word) {
    return hasCommonNature(CoreDictionary.get(word)) || hasCommonNature(CustomDictionary.get(word));
  }

  private static boolean hasCommonNature(CoreDictionary.Attribute attribute) {
    if (attribute == null) {
      return false;
    }
    for (Nature nature : attribute.nature) {
      String tag = nature.toString();
      if (!tag.startsWith("nr") && !tag.equals("nz")) {
        return true;
      }
    }
    return false;
  }
}
