package dev.newsbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfflineGlossTranslatorContractTest extends TranslatorContract {
  private static final Translator TRANSLATOR = new OfflineGlossTranslator();

  @Override
  protected Translator translator() {
    return TRANSLATOR;
  }

  @Test
  void isTheOfflineGlossEngineAndSaysItIsAGloss() throws TranslationException {
    Translation t = TRANSLATOR.translate(new TranslationRequest("zh", "", java.util.List.of("你好")));

    assertThat(TRANSLATOR.engineId()).isEqualTo("offline-gloss");
    assertThat(t.label()).contains("offline gloss engine").contains("not a fluent translation");
  }
}
