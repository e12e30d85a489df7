package dev.newsbridge.translate.cache;

import dev.newsbridge.translate.TranslationRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a cached translation is filed under: the same text, translated by the same engine with the
 * same glossary, gives the same translation.
 *
 * @param sourceHash SHA-256 (hex) of the request: language, title, paragraphs and credits, each
 *     length-prefixed so that moving text between fields changes the hash
 * @param engineId the translator's engine id (for LLMs it names the model)
 * @param glossaryVersion the glossary version the names were resolved with
 */
public record TranslationKey(String sourceHash, String engineId, String glossaryVersion) {
  public TranslationKey {
    Objects.requireNonNull(sourceHash, "sourceHash");
    Objects.requireNonNull(engineId, "engineId");
    Objects.requireNonNull(glossaryVersion, "glossaryVersion");
  }

  public static TranslationKey of(
      TranslationRequest request, String engineId, String glossaryVersion) {
    MessageDigest sha = sha256();
    add(sha, request.sourceLanguage());
    add(sha, request.title());
    addAll(sha, request.paragraphs());
    addAll(sha, request.credits());
    return new TranslationKey(HexFormat.of().formatHex(sha.digest()), engineId, glossaryVersion);
  }

  private static void addAll(MessageDigest sha, List<String> texts) {
    add(sha, Integer.toString(texts.size()));
    texts.forEach(t -> add(sha, t));
  }

  private static void add(MessageDigest sha, String text) {
    byte[] bytes = (text == null ? "\u0000null" : text).getBytes(StandardCharsets.UTF_8);
    sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    sha.update(bytes);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
