package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.Entity;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One resolved entity of an article. */
class ResolvedEntityTest {
  @Test
  void wrongRenderingsAreRepairedLongestFirstInTheSameOrderOnEveryRun() {
    // "Ultra" replaced before "Ultraman" would leave "…man" behind; and an immutable set's order
    // changes from one start of the JVM to the next.
    ResolvedEntity e = new ResolvedEntity(1, "奥特曼", "Sam Altman", "Altman",
        Entity.Type.PERSON, new LinkedHashSet<>(List.of("Ultra", "Aoteman", "Ultraman", "Otman")));

    assertThat(e.wrongRenderings()).containsExactly("Ultraman", "Aoteman", "Otman", "Ultra");
  }
}
