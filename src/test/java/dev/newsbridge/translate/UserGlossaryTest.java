package dev.newsbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserGlossaryTest {
  @TempDir Path dir;

  @AfterEach
  void restoreTheBundledGlossary() throws IOException {
    UserGlossary.in(dir.resolve("empty")).activate();
  }

  @Test
  void aUserEntryChangesTheTranslationAndTheVersion() throws Exception {
    UserGlossary.in(dir.resolve("empty")).activate();
    String bundled = UserGlossary.activeVersion();

    UserGlossary.in(dir).add(new GlossaryTerm("韦伯斯特", "Noah Webster", "PERSON", "Webster", ""));
    Translation t = new OfflineGlossTranslator()
        .translate(new TranslationRequest("zh", "", List.of("韦伯斯特周一抵达。")));

    assertThat(UserGlossary.activeVersion()).isNotEqualTo(bundled).hasSize(16);
    assertThat(t.paragraphs().get(0)).contains("Noah Webster");
  }

  @Test
  void theSameEntriesGiveTheSameVersion() throws Exception {
    UserGlossary.in(dir).add(new GlossaryTerm("韦伯斯特", "Noah Webster", "PERSON"));
    String first = UserGlossary.activeVersion();
    UserGlossary.in(dir).activate();

    assertThat(UserGlossary.activeVersion()).isEqualTo(first);
  }

  @Test
  void aUserSenseReplacesTheBundledSensesOfItsHeadword() throws Exception {
    UserGlossary.in(dir).add(new GlossaryTerm("苹果", "Apple Records", "ORGANIZATION"));
    Translation t = new OfflineGlossTranslator()
        .translate(new TranslationRequest("zh", "", List.of("苹果发布了新唱片。")));

    assertThat(t.entities()).extracting(Entity::english).containsExactly("Apple Records");
  }

  @Test
  void aUserEntryForAKoreanProvinceWinsOverItsKoreanReading() throws Exception {
    UserGlossary.in(dir).add(new GlossaryTerm("江原道", "Gangwon State", "PLACE"));
    Translation t = new OfflineGlossTranslator()
        .translate(new TranslationRequest("zh", "", List.of("韩国江原道发生山火。")));

    assertThat(t.paragraphs().get(0)).contains("Gangwon State").doesNotContain("Province");
  }

  @Test
  void refusesAGlossaryFileThatLinksOutsideTheDataDirectory() throws Exception {
    Path outside = Files.writeString(dir.resolve("outside.tsv"), "甲乙\tA\tPERSON\n");
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.createSymbolicLink(data.resolve(UserGlossary.FILE_NAME), outside);

    assertThatThrownBy(() -> UserGlossary.in(data).entries())
        .isInstanceOf(IOException.class).hasMessageContaining("outside the data directory");
  }

  @Test
  void rejectsTermsThatWouldBreakTheFile() {
    assertThatThrownBy(() -> new GlossaryTerm("甲乙", "A\tB", "PERSON"))
        .hasMessageContaining("tab, newline");
    assertThatThrownBy(() -> new GlossaryTerm("甲", "A", "PERSON"))
        .hasMessageContaining("at least 2");
    assertThatThrownBy(() -> new GlossaryTerm("甲乙", "A", "ROBOT"))
        .hasMessageContaining("type must be");
  }
}
