package dev.newsbridge.enrich;

import dev.newsbridge.enrich.internal.EnglishTagger;
import dev.newsbridge.enrich.internal.Slugs;
import dev.newsbridge.enrich.internal.TopicFinder;
import dev.newsbridge.enrich.internal.TopicGlossary;
import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.text.CreditedNames;
import dev.newsbridge.translate.ChineseLexicon;
import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Translation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tags an article with its named entities (people, organisations, places, by their full
 * canonical names such as "Sam Altman") and a few topic keyphrases ("AI safety"), at most
 * {@value #MAX_TAGS} in all, each with a hyphenated ASCII slug. Entities come from the
 * translation, or from the entity layer when the translation is pending; an English original
 * is tagged by surface rules ({@link EnglishTagger}: capitalised names, single words only when
 * sentences keep capitalising them, and repeated word pairs). Thread-safe.
 */
public final class EntityKeyphraseTagger implements Tagger {
  /** The most tags an article gets. */
  public static final int MAX_TAGS = 8;
  /** The most entity tags, so topics keep room: the same bound as for English originals. */
  public static final int MAX_ENTITIES = EnglishTagger.MAX_NAMES;
  /** The most place tags, in either language ({@link EnglishTagger#MAX_PLACES}). */
  public static final int MAX_PLACES = EnglishTagger.MAX_PLACES;

  private static final String BYLINE = "记者";
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static final EnglishTagger ENGLISH = new EnglishTagger();

  private final TopicFinder topics = new TopicFinder(TopicGlossary.bundled());

  @Override
  public List<Tag> tag(ExtractedArticle original, Translation translation) {
    String title = original.title() == null ? "" : original.title();
    String body = String.join("\n", original.paragraphs());
    if (!HAN.matcher(title + body).find()) {
      return ENGLISH.tag(title, original.paragraphs()).stream().limit(MAX_TAGS).toList();
    }
    List<Entity> entities = translation != null ? translation.entities()
        : ChineseLexicon.entities(title, original.paragraphs());
    Map<String, Tag> tags = new LinkedHashMap<>();
    Set<String> tagged = new HashSet<>();
    String reporters = original.author() == null ? "" : original.author();
    String text = title + "\n" + body;
    for (Entity e : rank(entities, text, reporters, CreditedNames.in(text))) {
      // A person is one tag whichever region's spelling the article has: the slug is the
      // mainland spelling (Chen Xiaoming), the name the article's own (Chen Hsiao-ming).
      if (add(tags, e.english(), Slugs.of(ChineseLexicon.regionNeutralName(e)), kindOf(e.type()))) {
        tagged.add(e.original());
      }
    }
    for (String topic : topics.find(title, body, tagged)) {
      if (tags.size() >= MAX_TAGS) {
        break;
      }
      add(tags, topic, Slugs.ofTopic(topic), Tag.Kind.TOPIC);
    }
    return List.copyOf(tags.values());
  }

  /**
   * The people, organisations and places an English original names, as its tags name them (at
   * most {@value #MAX_ENTITIES}, the most mentioned first): what the story stage weighs as a
   * translation's entity names.
   */
  public static List<Tag> englishNames(String title, List<String> paragraphs) {
    return ENGLISH.tag(title == null ? "" : title, paragraphs).stream()
        .filter(t -> t.kind() != Tag.Kind.TOPIC)
        .toList();
  }

  private static final Pattern UNNAMED =
      Pattern.compile("(Mr|Ms|Mrs|Miss)\\.? ");

  /**
   * People and organisations first, by mentions; at most two places; at most five in all. The
   * article's own reporters are no tag, nor anyone the text names only as a maker (editors,
   * photographers): the page credits them already, and a tag would gather everything they made.
   */
  private static List<Entity> rank(
      List<Entity> entities, String text, String reporters, CreditedNames credits) {
    List<Entity> ranked = new ArrayList<>(entities.stream()
        .filter(e -> e.type() != Entity.Type.OTHER && !onlyInByline(e, text) && !unnamed(e))
        .filter(e -> e.type() != Entity.Type.PERSON
            || !reporters.contains(e.original()) && !credits.onlyCredited(e.original()))
        .toList());
    ranked.sort((a, b) -> score(b, text) - score(a, text));
    List<Entity> chosen = new ArrayList<>();
    int places = 0;
    for (Entity e : ranked) {
      boolean place = e.type() == Entity.Type.PLACE;
      if (chosen.size() < MAX_ENTITIES && (!place || places++ < MAX_PLACES)) {
        chosen.add(e);
      }
    }
    return chosen;
  }

  /**
   * True when every mention sits in a byline ("澎湃新闻记者胡含嫣"): the outlet and reporter are
   * shown on the page already and say nothing about the story.
   */
  private static boolean onlyInByline(Entity e, String text) {
    String o = e.original();
    for (int i = text.indexOf(o); i >= 0; i = text.indexOf(o, i + 1)) {
      boolean before = text.startsWith(BYLINE, i + o.length());
      int start = i;
      while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
        start--; // （记者 梁静秋）
      }
      boolean after = start >= BYLINE.length() && text.startsWith(BYLINE, start - BYLINE.length());
      if (!before && !after) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a person the article names by surname and title only ("Ms. Liu" for 刘女士): a tag
   * would gather every Ms. Liu of every article.
   */
  private static boolean unnamed(Entity e) {
    return e.type() == Entity.Type.PERSON && UNNAMED.matcher(e.english()).lookingAt();
  }

  private static int score(Entity e, String text) {
    int mentions = 0;
    for (int i = text.indexOf(e.original()); i >= 0; i = text.indexOf(e.original(), i + 1)) {
      mentions++;
    }
    return Math.max(mentions, 1) * 2 + (e.type() == Entity.Type.PLACE ? 0 : 1);
  }

  private static boolean add(Map<String, Tag> tags, String name, String slug, Tag.Kind kind) {
    if (tags.containsKey(slug)) {
      return false;
    }
    tags.put(slug, new Tag(name, slug, kind));
    return true;
  }

  private static Tag.Kind kindOf(Entity.Type type) {
    return switch (type) {
      case PERSON -> Tag.Kind.PERSON;
      case ORGANIZATION -> Tag.Kind.ORGANIZATION;
      default -> Tag.Kind.PLACE;
    };
  }
}
