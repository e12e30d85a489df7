package dev.newsbridge.enrich.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsbridge.translate.ChineseLexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds an article's topics as English phrases: curated topic headwords present in the Chinese
 * text (title mentions count triple), then TextRank keywords ({@link TextRankKeywords}, HanLP's
 * algorithm, faster) that are common nouns used at least twice, glossed through CC-CEDICT when the
 * gloss is a clean noun phrase of at most {@value #MAX_WORDS} words without stopwords.
 */
public final class TopicFinder {
  /** The most words a dictionary-glossed keyword may have to become a tag. */
  static final int MAX_WORDS = 3;
  /** How many TextRank keywords are considered. */
  static final int KEYWORDS = 10;

  private static final Pattern CLEAN = Pattern.compile("[a-z][a-z -]{2,40}");
  private static final Set<String> STOPWORDS = Set.of(
      "a", "an", "the", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "from",
      "is", "be", "it", "this", "that", "one", "some", "thing", "things", "way", "kind", "etc");

  /**
   * Dictionary glosses too vague to be a topic: a tag "time" or "company" would gather every
   * article. Curated topic headwords are not filtered.
   */
  private static final Set<String> TOO_VAGUE = Set.of(
      "time", "amount", "number", "quantity", "condition", "situation", "aspect", "center",
      "company", "chief", "person in charge", "material", "tool", "interviewee", "reporter",
      "people", "person", "year", "day", "month", "period", "place", "area", "level", "work",
      "problem", "question", "part", "side", "process", "result", "case", "data", "information",
      "activity", "staff", "official", "member", "matter", "field", "scene", "method");

  private final TopicGlossary glossary;

  public TopicFinder(TopicGlossary glossary) {
    this.glossary = glossary;
  }

  /** Topic phrases, best first; {@code exclude} holds Chinese names already tagged as entities. */
  public List<String> find(String title, String body, Set<String> exclude) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (Map.Entry<String, String> t : glossary.topics().entrySet()) {
      int count = 3 * count(title, t.getKey()) + count(body, t.getKey());
      if (count > 0) {
        scores.merge(t.getValue(), count * 2, Math::max);
      }
    }
    List<String> keywords = TextRankKeywords.extract(title + "\n" + body, KEYWORDS);
    for (int i = 0; i < keywords.size(); i++) {
      String word = keywords.get(i);
      if (word.length() < 2 || exclude.stream().anyMatch(e -> e.contains(word))) {
        continue;
      }
      String english = glossary.english(word);
      if (english == null && isCommonNoun(word) && count(title + body, word) >= 2) {
        english = cleanGloss(ChineseLexicon.nounGloss(word));
      }
      if (english != null) {
        scores.merge(english, KEYWORDS - i, Integer::sum);
      }
    }
    List<String> ranked = new ArrayList<>(scores.keySet());
    ranked.sort((a, b) -> scores.get(b) - scores.get(a));
    return ranked;
  }

  /** True when HanLP reads {@code word} alone as one common noun (not a name, verb, adjective). */
  private static boolean isCommonNoun(String word) {
    List<Term> terms = HanLP.segment(word);
    if (terms.size() != 1) {
      return false;
    }
    String nature = terms.get(0).nature.toString();
    return nature.startsWith("n") && !nature.startsWith("nr") && !nature.startsWith("ns")
        && !nature.startsWith("nt") && !nature.equals("nx");
  }

  static String cleanGloss(String gloss) {
    if (gloss == null || !CLEAN.matcher(gloss).matches()) {
      return null;
    }
    if (TOO_VAGUE.contains(gloss)) {
      return null;
    }
    String[] words = gloss.split(" ");
    if (words.length > MAX_WORDS || STOPWORDS.contains(words[0])
        || STOPWORDS.contains(words[words.length - 1])) {
      return null;
    }
    return gloss;
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      n++;
    }
    return n;
  }
}
