package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EntityLayerTest {
  private static final EntityLayer LAYER = EntityLayer.shared();
  private static final List<String> ARTICLE = List.of("",
      "OpenAI首席执行官奥特曼表示，苏茨克维和穆拉蒂将留任。");

  @Nested
  class Protecting {
    @Test
    void findsNamesInTheRawTextEvenWhereASegmenterWouldSplitThem() {
      ProtectedArticle p = LAYER.protect(ARTICLE);

      assertThat(p.entities()).extracting(ResolvedEntity::english)
          .contains("Sam Altman", "Ilya Sutskever", "Mira Murati", "OpenAI");
      assertThat(p.texts().get(1)).doesNotContain("奥特曼", "苏茨克维", "穆拉蒂")
          .contains("和");
    }

    @Test
    void aDepartmentNamedAfterAMinistryIsNotTheMinistry() {
      ProtectedArticle museum = LAYER.protect(List.of("博物馆社会教育部负责人介绍，夜场需预约。"));
      ProtectedArticle ministry = LAYER.protect(List.of("教育部日前发布通知。", "国家教育部和公安部联合发文。"));

      assertThat(museum.entities()).extracting(ResolvedEntity::chinese)
          .doesNotContain("教育部");
      assertThat(ministry.entities()).extracting(ResolvedEntity::chinese)
          .contains("教育部", "公安部");
    }

    @Test
    void givesTheSameEntityOnePlaceholderInEveryParagraph() {
      ProtectedArticle p = LAYER.protect(List.of("奥特曼回归", "奥特曼说。", "萨姆·奥特曼笑了。"));

      assertThat(p.entities()).hasSize(1);
      assertThat(p.texts()).allSatisfy(t -> assertThat(t).contains(Placeholders.of(1)));
    }
  }

  @Nested
  class Restoring {
    @Test
    void writesTheFullNameFirstAndTheShortFormAfter() {
      ProtectedArticle p = LAYER.protect(List.of("", "奥特曼说。", "奥特曼又说。"));

      List<String> out = LAYER.restore(p, List.of("", "⟦1⟧ said.", "⟦1⟧ said again."));

      assertThat(out).containsExactly("", "Sam Altman said.", "Altman said again.");
    }

    @Test
    void repairsPlaceholdersAnEngineRewrote() {
      ProtectedArticle p = LAYER.protect(List.of("", "奥特曼说。"));

      List<String> out = LAYER.restore(p, List.of("", "[ 1 ] said, and 【1】 left."));

      assertThat(out.get(1)).isEqualTo("Sam Altman said, and Altman left.");
    }

    @Test
    void replacesAWrongRenderingWhenAnEngineDroppedThePlaceholder() {
      ProtectedArticle p = LAYER.protect(ARTICLE);

      List<String> out = LAYER.restore(p, List.of("", "Ultraman, chief executive, spoke."));

      assertThat(out.get(1)).contains("Sam Altman").doesNotContain("Ultraman");
    }

    @Test
    void dropsPlaceholdersThatNoEntityOwns() {
      ProtectedArticle p = LAYER.protect(List.of("", "奥特曼说。"));

      List<String> out = LAYER.restore(p, List.of("", "⟦1⟧ said ⟦9⟧."));

      assertThat(out.get(1)).isEqualTo("Sam Altman said .");
    }
  }
}
