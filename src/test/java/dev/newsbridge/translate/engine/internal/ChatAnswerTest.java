package dev.newsbridge.translate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatAnswerTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"paragraphs\": [\"One.\", \"Two.\"]}",
    "[\"One.\", \"Two.\"]",
    "{\"translation\": [\"One.\", \"Two.\"]}",
    "```json\n{\"paragraphs\": [\"One.\", \"Two.\"]}\n```",
    "Here you go:\n{\"paragraphs\": [\"One.\", \"Two.\"]}",
  })
  void readsTheShapesRealServersAnswerWith(String content) {
    assertThat(ChatAnswer.paragraphs(content, 2)).containsExactly("One.", "Two.");
  }

  @Test
  void takesPlainTextAsTheAnswerToAOneParagraphRequest() {
    assertThat(ChatAnswer.paragraphs("Altman said.", 1)).isEqualTo(List.of("Altman said."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{\"paragraphs\": [1, 2]}", "{\"a\": [\"x\"], \"b\": [\"y\"]}",
      "{\"paragraphs\": \"One.\"", "Just prose for two paragraphs."})
  void findsNothingInAnswersWithoutAParagraphList(String content) {
    assertThat(ChatAnswer.paragraphs(content, 2)).isNull();
  }
}
