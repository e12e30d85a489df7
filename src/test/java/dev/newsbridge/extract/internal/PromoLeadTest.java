package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromoLeadTest {

  @Test
  void aCallToActionAboveTheDatelineLeadIsDropped() {
    List<String> body = List.of(
        "年度人物评选火热进行中！【点击投票】选出你心中的商业领袖",
        "晨报快讯（记者 林一帆）今日有网友爆料称，某平台用户数据遭泄露。",
        "当晚，平台方发布声明称消息不实。");

    assertThat(PromoLead.dropped(body)).containsExactly(body.get(1), body.get(2));
  }

  @Test
  void aPortalsAppPromotionAboveItsOwnDatelineIsDropped() {
    List<String> body = List.of(
        "新品第一时间免费试玩，快来体验！下载客户端还能获得专享福利哦！",
        "南岸科技讯 北京时间9月11日凌晨消息，某公司秋季发布会开幕。",
        "新品采用双摄像头，有六种配色。");

    assertThat(PromoLead.dropped(body)).containsExactly(body.get(1), body.get(2));
  }

  @Test
  void aTraditionalCallToActionAboveATraditionalDatelineIsDropped() {
    List<String> body = List.of(
        "年度人物評選火熱進行中！【點擊投票】選出你心中的商業領袖",
        "晨報快訊（記者 林一帆）今日有網友爆料稱，某平台用戶數據遭洩露。",
        "當晚，平台方發佈聲明稱消息不實。");

    assertThat(PromoLead.dropped(body)).containsExactly(body.get(1), body.get(2));
  }

  @Test
  void aFirstParagraphWithoutACallToActionStays() {
    List<String> body = List.of(
        "编者按：本报今起推出系列报道。",
        "晨报讯（记者 林一帆）今日，市政府召开新闻发布会。");

    assertThat(PromoLead.dropped(body)).isEqualTo(body);
  }

  @Test
  void wordsLikeFreeInsideTheStoryStayWhenNoDatelineFollows() {
    List<String> body = List.of(
        "博物馆本周起对市民免费开放，需提前在官方平台预约。",
        "开放首周，夜场累计接待观众近八千人次。");

    assertThat(PromoLead.dropped(body)).isEqualTo(body);
  }
}
