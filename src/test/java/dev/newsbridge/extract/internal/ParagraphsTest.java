package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
  private static final String PROSE =
      "示例财经讯，江城机械确认中标城北物流园输送设备项目，中标额六千余万元，项目将于明年开工。";

  private final List<Block> blocks = new ArrayList<>();

  private void text(String text) {
    add(text, 0);
  }

  private void link(String lead, String linked) {
    add(lead + linked, Texts.weightedLength(linked));
  }

  private void add(String text, int linkLength) {
    blocks.add(new Block(blocks.size(), text, Texts.weightedLength(text), linkLength,
        Texts.proseMarks(text), new Element("p"), false));
  }

  @Test
  void aShortLabelOverALinkListGoesWithTheLinks() {
    text(PROSE);
    text("财经观察");
    link("1、", "城市更新需要更多耐心");
    link("2、", "新能源车下乡的账怎么算");

    assertThat(Paragraphs.of(blocks, null)).containsExactly(PROSE);
  }

  @Test
  void aSubheadingOverProseStays() {
    text(PROSE);
    text("小标题也是正文");
    text(PROSE.replace("江城", "河口"));

    assertThat(Paragraphs.of(blocks, null)).contains("小标题也是正文").hasSize(3);
  }

  @Test
  void aSentenceOverALinkListStays() {
    text("详情请见以下链接。");
    link("", "城市更新需要更多耐心");

    assertThat(Paragraphs.of(blocks, null)).containsExactly("详情请见以下链接。");
  }

  @Test
  void aLeadInEndingWithAColonStays() {
    text("Here is the thing:");
    link("", "The council approved the plan");
    link("", "Residents asked for a vote");

    assertThat(Paragraphs.of(blocks, null)).containsExactly("Here is the thing:");
  }

  @Test
  void anInfoboxFieldOverOneLinkedValueStays() {
    text("国籍");
    link("", "中国");
    text(PROSE);

    assertThat(Paragraphs.of(blocks, null)).containsExactly("国籍", PROSE);
  }
}
