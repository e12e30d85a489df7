package dev.newsbridge.translate;

import dev.newsbridge.text.ChineseScripts;
import dev.newsbridge.translate.internal.EntityLayer;
import dev.newsbridge.translate.internal.NameStyle;
import dev.newsbridge.translate.internal.Placeholders;
import dev.newsbridge.translate.internal.ProtectedArticle;
import dev.newsbridge.translate.internal.ResolvedEntity;
import dev.newsbridge.translate.internal.TaiwanWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@link Translator} made of any {@link TranslationEngine} wrapped in the entity layer: names are
 * found in the raw Chinese, resolved once per article, protected through the engine and checked
 * in its output. Traditional characters are read as Simplified, the form the dictionaries, the
 * recognisers and the glossaries are written in (every engine reads both). Text without Chinese
 * characters (English input) is passed through unchanged and never reaches the engine.
 * Thread-safe when the engine is.
 */
public class EntityAwareTranslator implements Translator {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private final TranslationEngine engine;

  public EntityAwareTranslator(TranslationEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public String engineId() {
    return engine.engineId();
  }

  /** What readers are told about translations by this translator. */
  public String label() {
    return engine.label();
  }

  @Override
  public Translation translate(TranslationRequest request) throws TranslationException {
    Objects.requireNonNull(request, "request");
    List<String> texts = new ArrayList<>();
    texts.add(request.title() == null ? "" : request.title());
    texts.addAll(request.paragraphs());
    texts.addAll(request.credits());
    if (texts.stream().noneMatch(t -> t != null && HAN.matcher(t).find())) {
      return new Translation(engineId(), label(), texts.get(0), request.paragraphs(), List.of());
    }
    EntityLayer layer = EntityLayer.shared();
    List<String> printed = texts.stream().map(t -> t == null ? "" : t).toList();
    // Taiwan and Hong Kong outlets write Traditional characters: read as Simplified throughout,
    // with Taiwan's own words for everyday things as the mainland's (软体 software is 软件).
    // Taiwan's people are named as Taiwan spells them (Lai Ching-te), decided before conversion.
    NameStyle style = NameStyle.of(request.sourceLanguage(), printed);
    boolean traditional = ChineseScripts.isTraditional(printed);
    ProtectedArticle article = layer.protect(printed.stream()
        .map(ChineseScripts::simplifiedPhrases)
        .map(t -> traditional ? TaiwanWords.asMainland(t) : t)
        .toList(), style);
    List<Entity> names = article.entities().stream().map(ResolvedEntity::toEntity).toList();
    List<String> english = translateChineseOnly(request.sourceLanguage(), article.texts(), names);
    List<String> restored = layer.restore(article, english);
    List<String> views = printed.stream().map(ChineseScripts::simplified).toList();
    List<Entity> entities = article.entities().stream()
        .filter(e -> e.type() != null).map(ResolvedEntity::toEntity)
        .map(e -> asPrinted(e, printed, views)).toList();
    // Credits were translated only for their entities; they are not part of the body.
    return new Translation(engineId(), label(), restored.get(0),
        restored.subList(1, 1 + request.paragraphs().size()), entities);
  }

  /**
   * {@code entity} with its Chinese name as the article prints it: names are found in the
   * Simplified reading, so a Taipei page's 陳曉明 was found as 陈晓明. Looked up in the texts'
   * one-for-one Simplified {@code views} ({@link ChineseScripts}) and cut from the text there;
   * unchanged when the name is not there (phrase-level conversion read it differently).
   */
  private static Entity asPrinted(Entity entity, List<String> texts, List<String> views) {
    String name = entity.original();
    for (int i = 0; i < texts.size() && !name.isEmpty(); i++) {
      int at = views.get(i).indexOf(name);
      if (at >= 0) {
        String printed = texts.get(i).substring(at, at + name.length());
        return printed.equals(name) ? entity : new Entity(printed, entity.english(), entity.type());
      }
    }
    return entity;
  }

  /**
   * Sends only texts holding Chinese to the engine; the others are copied through. A text whose
   * every word was a protected name or term still goes: only the engine joins its placeholders
   * into an English sentence ("⟦0⟧⟦1⟧。" is "Kuomintang Legislative Yuan.").
   */
  private List<String> translateChineseOnly(
      String language, List<String> texts, List<Entity> names) throws TranslationException {
    List<String> chinese = texts.stream().filter(EntityAwareTranslator::needsEngine).toList();
    List<String> translated = chinese.isEmpty() ? List.of() : engine.translate(language, chinese, names);
    if (translated.size() != chinese.size()) {
      throw new TranslationException("engine " + engineId() + " returned " + translated.size()
          + " paragraphs for " + chinese.size());
    }
    List<String> out = new ArrayList<>();
    int next = 0;
    for (String t : texts) {
      out.add(needsEngine(t) ? translated.get(next++) : t);
    }
    return out;
  }

  private static boolean needsEngine(String text) {
    return HAN.matcher(text).find() || Placeholders.EXACT.matcher(text).find();
  }
}
