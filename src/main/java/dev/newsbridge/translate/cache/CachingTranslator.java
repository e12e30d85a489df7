package dev.newsbridge.translate.cache;

import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.TranslationRequest;
import dev.newsbridge.translate.Translator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A translator that asks its cache first: the same request, engine and glossary version is
 * translated once, and re-ingesting or re-translating it costs nothing. Only successful
 * translations are cached (a failure is retried later). The cache is an optimisation: if it fails,
 * the translation is made anyway and the failure is logged. Thread-safe when the delegate and
 * cache are.
 */
public final class CachingTranslator implements Translator {
  private static final Logger log = LoggerFactory.getLogger(CachingTranslator.class);

  private final Translator delegate;
  private final TranslationCache cache;
  private final Supplier<String> glossaryVersion;

  /**
   * @param glossaryVersion the current glossary version, asked on every translation (it changes
   *     when the glossary is edited); {@link GlossaryVersion#bundled()} when there are no user
   *     entries
   */
  public CachingTranslator(
      Translator delegate, TranslationCache cache, Supplier<String> glossaryVersion) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.glossaryVersion = Objects.requireNonNull(glossaryVersion, "glossaryVersion");
  }

  /** Caches over the bundled glossary's version. */
  public CachingTranslator(Translator delegate, TranslationCache cache) {
    this(delegate, cache, GlossaryVersion::bundled);
  }

  @Override
  public String engineId() {
    return delegate.engineId();
  }

  /** The translator behind the cache. */
  public Translator delegate() {
    return delegate;
  }

  @Override
  public Translation translate(TranslationRequest request) throws TranslationException {
    TranslationKey key = TranslationKey.of(request, delegate.engineId(), glossaryVersion.get());
    Optional<Translation> cached = lookUp(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    Translation fresh = delegate.translate(request);
    store(key, fresh);
    return fresh;
  }

  private Optional<Translation> lookUp(TranslationKey key) {
    try {
      return cache.find(key);
    } catch (RuntimeException e) {
      log.warn("translation cache lookup failed, translating anyway: {}", e.getMessage());
      return Optional.empty();
    }
  }

  private void store(TranslationKey key, Translation translation) {
    try {
      cache.put(key, translation);
    } catch (RuntimeException e) {
      log.warn("could not cache a translation: {}", e.getMessage());
    }
  }
}
