package dev.newsbridge.translate.engine;

import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.TranslationEngine;
import dev.newsbridge.translate.engine.EngineException.Kind;
import dev.newsbridge.translate.engine.internal.Batches;
import dev.newsbridge.translate.engine.internal.EngineOutput;
import dev.newsbridge.translate.engine.internal.NameTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * What every HTTP engine shares: blank paragraphs stay blank and are never sent, the rest go in
 * batches within the engine's limits, each batch must come back with exactly as many paragraphs
 * as were sent, every answer is cleaned to plain text ({@link EngineOutput}), and names the engine
 * wrote out instead of copying their placeholder get their placeholder back ({@link NameTokens}).
 */
abstract class BatchingEngine implements TranslationEngine {
  protected final EngineLimits limits;

  BatchingEngine(EngineLimits limits) {
    this.limits = limits;
  }

  /** Translates one batch; the answer is checked and cleaned by the caller. */
  protected abstract List<String> translateBatch(
      String sourceLanguage, List<String> batch, List<Entity> names) throws EngineException;

  @Override
  public List<String> translate(String sourceLanguage, List<String> paragraphs)
      throws EngineException {
    return translate(sourceLanguage, paragraphs, List.of());
  }

  @Override
  public List<String> translate(String sourceLanguage, List<String> paragraphs, List<Entity> names)
      throws EngineException {
    List<String> toSend = paragraphs.stream().filter(p -> !p.isBlank()).toList();
    List<String> english = new ArrayList<>(toSend.size());
    for (List<String> batch :
        Batches.split(toSend, limits.maxBatchChars(), limits.maxBatchParagraphs())) {
      List<String> answer = translateBatch(sourceLanguage, batch, names);
      if (answer.size() != batch.size()) {
        throw new EngineException(engineId(), Kind.WRONG_PARAGRAPH_COUNT,
            "sent " + batch.size() + " paragraphs, got " + answer.size());
      }
      for (int i = 0; i < batch.size(); i++) {
        english.add(NameTokens.restore(batch.get(i), EngineOutput.clean(answer.get(i)), names));
      }
    }
    List<String> out = new ArrayList<>(paragraphs.size());
    int next = 0;
    for (String p : paragraphs) {
      out.add(p.isBlank() ? p : english.get(next++));
    }
    return out;
  }
}
