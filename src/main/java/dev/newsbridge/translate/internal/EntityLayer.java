package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity layer that sits around every engine: finds the names of an article in its raw text,
 * resolves each to one English name for the whole article, hides them behind placeholders, and
 * after the engine puts the names back, the full name at the first mention and the short form
 * after it, repairing any placeholder the engine mangled or dropped. Stateless; thread-safe.
 */
public final class EntityLayer {
  private static volatile EntityLayer shared;

  private final Map<NameStyle, MentionFinder> finders = new EnumMap<>(NameStyle.class);
  private final Glossary glossary;
  private final SenseChooser senses;
  private final NameRomaniser pinyin;

  public EntityLayer(Glossary glossary, NameRomaniser names, SenseChooser senses) {
    this.glossary = glossary;
    this.senses = senses;
    this.pinyin = names.in(NameStyle.PINYIN);
    for (NameStyle style : NameStyle.values()) {
      finders.put(style, new MentionFinder(glossary, names.in(style), senses));
    }
  }

  /** The layer over the bundled glossary, name lists and CC-CEDICT, built on first use. */
  public static EntityLayer shared() {
    EntityLayer layer = shared;
    if (layer == null) {
      synchronized (EntityLayer.class) {
        if (shared == null) {
          shared = new EntityLayer(Glossary.shared(), NameRomaniser.bundled(),
              new SenseChooser(Cedict.shared()));
        }
        layer = shared;
      }
    }
    return layer;
  }

  /** Drops the shared layer so that the next use builds it over the current glossary. */
  static void reset() {
    synchronized (EntityLayer.class) {
      shared = null;
    }
  }

  /** Finds and resolves the names in {@code texts} (title first) and hides them. */
  public ProtectedArticle protect(List<String> texts) {
    return protect(texts, NameStyle.PINYIN);
  }

  /**
   * Finds and resolves the names in {@code texts} (title first), writing Chinese personal names no
   * glossary knows in {@code style}, and hides them.
   */
  public ProtectedArticle protect(List<String> texts, NameStyle style) {
    MentionFinder finder = finders.get(style);
    String article = String.join("\n", texts);
    Map<String, ResolvedEntity> byName = new LinkedHashMap<>();
    List<String> protectedTexts = new ArrayList<>();
    List<Set<Integer>> ids = new ArrayList<>();
    Map<String, MentionFinder.Alias> originals = finder.originals(texts, article);
    List<List<Mention>> found = new ArrayList<>();
    for (String text : texts) {
      found.add(finder.find(text, article, originals));
    }
    Map<String, Mention> known = KnownNames.of(found);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      StringBuilder out = new StringBuilder();
      Set<Integer> used = new HashSet<>();
      int last = 0;
      // a known name placed again (巴鲁 found in one paragraph, 巴鲁市 in the next) takes its 市 too
      List<Mention> mentions =
          PlaceSuffixes.fit(text, KnownNames.everywhere(text, found.get(i), known));
      for (Mention m : mentions) {
        ResolvedEntity entity = entityFor(m, byName);
        out.append(text, last, m.start()).append(Placeholders.of(entity.id()));
        used.add(entity.id());
        last = m.end();
      }
      protectedTexts.add(out.append(text.substring(last)).toString());
      ids.add(used);
    }
    return new ProtectedArticle(protectedTexts, new ArrayList<>(byName.values()), ids);
  }

  private ResolvedEntity entityFor(Mention m, Map<String, ResolvedEntity> byName) {
    String key = m.identity();
    ResolvedEntity known = byName.get(key);
    if (known == null && !m.glossary()) {
      known = byName.values().stream()
          .filter(e -> e.type() == m.type() && e.english().endsWith(" " + m.english()))
          .findFirst().orElse(null);
    }
    if (known != null) {
      return known;
    }
    ResolvedEntity created = new ResolvedEntity(byName.size() + 1, m.chinese(), m.english(),
        m.shortForm(), m.type(), wrongRenderings(m));
    byName.put(key, created);
    return created;
  }

  /** What an engine might write for this name instead: other senses, dictionary glosses. */
  private Set<String> wrongRenderings(Mention m) {
    Set<String> wrong = new LinkedHashSet<>();
    for (GlossaryEntry other : glossary.senses(m.chinese())) {
      wrong.add(other.english());
      wrong.add(other.shortForm());
    }
    for (WordClass wc : List.of(WordClass.PROPER, WordClass.NOUN)) {
      String gloss = senses.gloss(m.chinese(), wc);
      if (gloss != null) {
        wrong.add(gloss);
      }
    }
    wrong.add(NameRomaniser.pinyinWord(m.chinese()));
    if (m.type() == Entity.Type.PERSON && pinyin.looksChinese(m.chinese())) {
      wrong.add(pinyin.chineseName(m.chinese())); // what an engine writes for a Taiwan-style name
    }
    wrong.removeIf(w -> w.length() < 3 || m.english().contains(w) || m.shortForm().contains(w)
        || !Character.isUpperCase(w.charAt(0)));
    return wrong;
  }

  /**
   * Puts the names back into the engine's output (same order as {@code article.texts()}): the
   * full name at an entity's first body mention and in the title, the short form after that.
   */
  public List<String> restore(ProtectedArticle article, List<String> outputs) {
    Set<Integer> mentioned = new HashSet<>();
    List<String> restored = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      String text = normalise(outputs.get(i), article.entities().size());
      text = repairWrongRenderings(text, article, article.idsPerText().get(i));
      String filled = fill(text, article.entities(), i == 0 ? new HashSet<>() : mentioned);
      filled = filled.replaceAll("(?<=s)'s\\b", "'");
      restored.add(EnglishAssembler.capitaliseSentences(filled));
    }
    return restored;
  }

  private static String normalise(String text, int entityCount) {
    Matcher m = Placeholders.LENIENT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int id = Integer.parseInt(m.group(1));
      m.appendReplacement(out, id >= 1 && id <= entityCount ? Placeholders.of(id) : "$0");
    }
    return m.appendTail(out).toString();
  }

  /**
   * Wrong renderings of the names this text held (Ultraman for Altman, a dictionary gloss, a
   * pinyin spelling) become placeholders again, whether the engine dropped the placeholder or
   * wrote the name twice.
   */
  private static String repairWrongRenderings(
      String text, ProtectedArticle article, Set<Integer> ids) {
    for (int id : ids) {
      ResolvedEntity e = article.entities().get(id - 1);
      for (String wrong : e.wrongRenderings()) {
        text = Pattern.compile("\\b" + Pattern.quote(wrong) + "\\b").matcher(text)
            .replaceAll(Matcher.quoteReplacement(Placeholders.of(id)));
      }
    }
    return text;
  }

  private static String fill(String text, List<ResolvedEntity> entities, Set<Integer> mentioned) {
    Matcher m = Placeholders.EXACT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int id = Integer.parseInt(m.group(1));
      if (id < 1 || id > entities.size()) {
        m.appendReplacement(out, "");
        continue;
      }
      ResolvedEntity e = entities.get(id - 1);
      String name = mentioned.add(id) ? e.english() : e.shortForm();
      m.appendReplacement(out, Matcher.quoteReplacement(name));
    }
    return m.appendTail(out).toString();
  }
}
