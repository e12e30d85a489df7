package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cheap first-character guards in front of the furniture regexes must never turn away a line
 * the regex would match: a character outside a guard must be unable to start a match. Checked for
 * every BMP character with {@link Matcher#hitEnd()} (true when more input could still match).
 */
class LineGuardsTest {
  @Test
  void noCharacterOutsideARulesFirstCharactersCanStartItsMatch() {
    List<BoilerplateLines.Rule> guarded = new ArrayList<>();
    for (BoilerplateLines.Rule rule : BoilerplateLines.rules()) {
      if (rule.firstChars() != null) {
        assertThat(rule.anchored()).as("first characters only make sense for anchored rules").isTrue();
        guarded.add(rule);
      }
    }
    assertThat(guarded).isNotEmpty();
    for (BoilerplateLines.Rule rule : guarded) {
      assertThat(startersOutside(rule.pattern(), rule.firstChars())).as(rule.pattern().pattern()).isEmpty();
    }
  }

  @Test
  void noCharacterOutsideTheNoticeFirstCharactersCanStartANotice() {
    Pattern notices = BoilerplateLines.noticesPattern();
    assertThat(startersOutside(notices, BoilerplateLines.NOTICE_FIRST_CHARS)).isEmpty();
  }

  @Test
  void noCharacterOutsideTheLabelFirstCharactersCanStartAMetadataLabel() {
    Pattern labels = MetadataLines.labelsPattern();
    assertThat(startersOutside(labels, MetadataLines.LABEL_FIRST_CHARS)).isEmpty();
  }

  @Test
  void theGuardedRulesStillMatchTheirLines() {
    assertThat(BoilerplateLines.isBoilerplate("\t责任编辑：李明")).isTrue();
    assertThat(BoilerplateLines.isBoilerplate("【收藏】")).isTrue();
    assertThat(BoilerplateLines.isBoilerplate("SKIP TO MAIN CONTENT")).isTrue();
    assertThat(BoilerplateLines.isBoilerplate("Reuters")).isTrue();
    assertThat(BoilerplateLines.isBoilerplate("  您现在的位置：首页")).isTrue();
    assertThat(BoilerplateLines.isBoilerplate("版权说明：本站文章")).isTrue();
    assertThat(BoilerplateLines.isBoilerplate("Please SHARE THIS with your friends")).isTrue();
  }

  private static List<String> startersOutside(Pattern pattern, String firstChars) {
    List<String> starters = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c) || firstChars.indexOf(c) >= 0) {
        continue;
      }
      Matcher m = pattern.matcher(String.valueOf((char) c));
      if (m.lookingAt() || m.hitEnd()) {
        starters.add(String.format("U+%04X", c));
      }
    }
    return starters;
  }
}
