package dev.newsbridge.translate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineOutputTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Altman returned <img src=x onerror=alert(1)>to OpenAI.|Altman returned to OpenAI.",
    "<script>alert(1)</script>The board met.|The board met.",
    "<b>Bold</b> claims.|Bold claims.",
    "&lt;img src=x onerror=alert(1)&gt; decoded once|‹img src=x onerror=alert(1)> decoded once",
    "Profits rose 3 < 5 times & more.|Profits rose 3 < 5 times & more.",
    "AT&T and ⟦3⟧ agreed.|AT&T and ⟦3⟧ agreed.",
    "  padded  |padded",
  })
  void leavesOnlyHarmlessPlainText(String answer, String expected) {
    assertThat(EngineOutput.clean(answer)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "<svg onload=alert(1)>x</svg>",
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>ok",
    "<a href=javascript:alert(1)>link</a>",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
  })
  void neverReturnsSomethingShapedLikeATag(String answer) {
    assertThat(EngineOutput.clean(answer)).doesNotContainPattern("<[a-zA-Z/!?]");
  }
}
