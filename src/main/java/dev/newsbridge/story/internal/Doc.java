package dev.newsbridge.story.internal;

import dev.newsbridge.enrich.EntityKeyphraseTagger;
import dev.newsbridge.enrich.Tag;
import dev.newsbridge.story.ArticleRegions;
import dev.newsbridge.story.StoryArticle;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of one article that the window index keeps: native-script vectors of the title and
 * the lead, an English word vector (translation or English original), the canonical entity names as
 * English word-hash groups, and a MinHash signature of the whole text for copy detection.
 *
 * @param title the headline in the original's own script
 * @param lead the body's first {@value #LEAD_CHARS} characters
 * @param english English words of title and body (empty when there is no English text)
 * @param englishTitle English words of the headline (the translation's, or the original's)
 * @param entities each entity name as the hashes of its English words, e.g. [sam, altman]
 * @param entityIds each entity name's hash, sorted (generic ones left out)
 * @param headlinePhrases the English headline's runs of content words, hashed, sorted ({@link
 *     HeadlinePhrases}): what it is about
 * @param headlineNames the hashes of the people, organisations and places its English headline
 *     names, sorted: whom or where it is about
 * @param regions the regions of China the article's places lie in; {@link ArticleRegions#NONE}
 *     when its lead names none (then it conflicts with no other, see {@link
 *     ArticleRegions#conflictsWith}, and the window keeps nothing for it)
 * @param incidents the incidents title and lead name by date code ({@link IncidentCodes})
 */
public record Doc(
    long id,
    long epochSecond,
    boolean chinese,
    SparseVector title,
    SparseVector lead,
    SparseVector english,
    SparseVector englishTitle,
    List<int[]> entities,
    int[] entityIds,
    int[] headlinePhrases,
    int[] headlineNames,
    int[] minHash,
    ArticleRegions regions,
    int[] incidents) {

  /** Entity names nearly every article of a Chinese outlet names, which tell stories nothing. */
  public static final Set<String> GENERIC_ENTITIES = Set.of("china", "chinese");

  /** Characters of body read for the lead vector: {@value}. Leads carry what an event is. */
  public static final int LEAD_CHARS = 1500;

  /** Most lead terms kept per article (the highest TF-IDF), bounding memory: {@value}. */
  public static final int MAX_LEAD_TERMS = 160;

  /**
   * Most English terms kept per article (the highest TF-IDF): {@value}. Few, so that they are the
   * names and rare words: a translation's every word made unrelated Chinese reports look alike
   * (with 250, replaying story-dev with its translations gave story B-cubed F1 0.890, precision
   * 0.859, against 0.924 without them; with 40, 0.919), and the specific words are what a Chinese
   * and an English report of one story share (every second report in English: 0.834 -> 0.879;
   * cross-language same-event pairs 0.794 -> 0.835). 30 to 80 all do better than 250.
   */
  public static final int MAX_ENGLISH_TERMS = 40;

  static final char NATIVE = 'n';
  static final char ENGLISH = 'e';

  /** The features of {@code a}; {@code weights} picks which lead terms to keep. */
  public static Doc of(StoryArticle a, SparseVector.Weights weights) {
    boolean chinese = a.chinese();
    String body = String.join("\n", a.paragraphs());
    String lead = body.length() > LEAD_CHARS ? body.substring(0, LEAD_CHARS) : body;
    String english = a.englishTitle() + "\n" + String.join("\n", a.englishParagraphs());
    return new Doc(
        a.id(),
        a.time().getEpochSecond(),
        chinese,
        nativeVector(a.title(), chinese),
        nativeVector(lead, chinese).top(MAX_LEAD_TERMS, weights),
        vector(Tokens.english(english), ENGLISH).top(MAX_ENGLISH_TERMS, weights),
        vector(Tokens.english(a.englishTitle()), ENGLISH),
        entityWords(a),
        entityIds(a),
        HeadlinePhrases.of(a.englishTitle()),
        headlineNames(a),
        MinHash.signature(Shingles.of(a.title() + "\n" + body, chinese)),
        a.regions().lead().isEmpty() ? ArticleRegions.NONE : a.regions(),
        IncidentCodes.of(a.title() + "\n" + lead));
  }

  /**
   * The entity ids as a vector, counted in the window's document frequencies so that entity names
   * get an IDF (a rare name says more than a common one).
   */
  public SparseVector entityVector() {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int e : entityIds) {
      counts.put(e, 1);
    }
    return SparseVector.of(counts);
  }

  private static SparseVector nativeVector(String text, boolean chinese) {
    List<String> tokens = chinese ? Tokens.chinese(text) : Tokens.english(text);
    return vector(tokens, chinese ? NATIVE : ENGLISH);
  }

  static SparseVector vector(List<String> tokens, char namespace) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String t : tokens) {
      counts.merge(Hashing.term(namespace, t), 1, Integer::sum);
    }
    return SparseVector.of(counts);
  }

  /**
   * The article's entity names, lower-cased, words joined by one space (an English original: its
   * {@link EnglishNames}), as hashes; two articles agree on entities when they share one.
   */
  private static int[] entityIds(StoryArticle a) {
    return ids(nameKeys(a).stream());
  }

  /**
   * The people, organisations and places (a translation's entity names; an English original's
   * names as its tags type them) whose every word the English headline has. Typed, unlike an
   * English original's {@link EnglishNames}: "Geminids" or "Moon" is what a report is about, not
   * whom or where.
   */
  private static int[] headlineNames(StoryArticle a) {
    Set<String> headline = new HashSet<>(Tokens.english(a.englishTitle()));
    Collection<String> names = a.entities().isEmpty() && "en".equals(a.language())
        ? EntityKeyphraseTagger.englishNames(a.title(), a.paragraphs()).stream()
            .map(Tag::name)
            .toList()
        : a.entities();
    return ids(names.stream().map(Doc::nameKey).filter(n -> {
      List<String> words = Tokens.english(n);
      return !words.isEmpty() && headline.containsAll(words) && !GENERIC_ENTITIES.contains(n);
    }));
  }

  private static Set<String> nameKeys(StoryArticle a) {
    Set<String> keys = new java.util.LinkedHashSet<>();
    if (a.entities().isEmpty() && "en".equals(a.language())) {
      keys.addAll(EnglishNames.of(String.join("\n", a.paragraphs())));
    }
    for (String name : a.entities()) {
      keys.add(nameKey(name));
    }
    keys.removeIf(n -> n.isEmpty() || GENERIC_ENTITIES.contains(n));
    return keys;
  }

  /** A name as compared: lower-cased, its words joined by one space ("sam altman"). */
  private static String nameKey(String name) {
    return String.join(" ", Tokens.normalise(name).split("[^\\p{L}\\p{N}]+"));
  }

  private static int[] ids(java.util.stream.Stream<String> keys) {
    return keys.mapToInt(n -> Hashing.term('x', n)).sorted().distinct().toArray();
  }

  private static List<int[]> entityWords(StoryArticle a) {
    return a.entities().stream()
        .map(name -> Tokens.english(name).stream().mapToInt(w -> Hashing.term(ENGLISH, w)).toArray())
        .filter(words -> words.length > 0)
        .toList();
  }
}
