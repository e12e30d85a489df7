package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineRulesTest {
  @Nested
  class Boilerplate {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "（责任编辑：李明）", "责任编辑：李明", "【编辑：王五】", "（松花江网编辑 孙桂芳）", "编辑 王五",
          "分享到：", "扫一扫，分享到朋友圈", "相关新闻", "推荐阅读", "【打印】 【关闭】", "上一篇：春耕开始了",
          "Copyright © 2023 示例新闻网 版权所有", "未经授权不得转载", "京ICP备00000000号", "反侵权公告：",
          "Advertisement", "Share this article", "Related Stories", "Read more", "All rights reserved.",
          "您所在的位置： 首页 > 快讯 > 公司", "- THE END -", "Getty", "Photo: Jane Roe / Associated Press",
          "Like this story? Share it with a friend!", "Follow me on Twitter or LinkedIn.",
          "jane.doe@example.com", "twitter.com/janedoe",
          "声明：本网站力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。"
              + "如有疑问，请联系本网站编辑部，我们将及时处理。本网站保留对本声明的最终解释权。"
        })
    void recognisesPageFurniture(String line) {
      assertThat(BoilerplateLines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "当地交通部门介绍，夜间线路的站点是根据手机信令数据确定的。",
          "编辑部的同事们一起讨论了这个问题。",
          "The share price rose by ten percent on Monday.",
          "Photographers gathered outside the court before dawn.",
          "She wrote to jane.doe@example.com and never heard back.",
          "Related research found similar effects in other cities.",
          "他说，这部作品的版权所有问题已经解决，今后将由出版社统一管理，作者本人也表示同意，双方签订了正式的合同文本。"
              + "这一安排在业内被认为是处理类似纠纷的一个范例，值得其他出版机构借鉴和参考，也为今后的合作打下了基础。"
        })
    void keepsProse(String line) {
      assertThat(BoilerplateLines.isBoilerplate(line)).isFalse();
    }

    /** Taiwan and Hong Kong furniture, in Traditional characters; the guards must let it through. */
    @ParameterizedTest
    @ValueSource(
        strings = {
          "（責任編輯：李明）", "責任編輯：李明", "責編：王五", "【編輯：王五】", "審核：李華", "（松花江網編輯 孫桂芳）",
          "分享到：", "掃一掃，分享到朋友圈", "相關新聞", "相關閱讀", "熱門推薦", "推薦閱讀", "延伸閱讀",
          "【打印】 【關閉】", "上一篇：春耕開始了", "網友評論", "我要評論", "點擊進入專題",
          "Copyright © 2023 示例新聞網 版權所有", "未經授權不得轉載", "版權聲明：本文為原創",
          "您所在的位置： 首頁 > 快訊", "當前位置：首頁 > 新聞"
        })
    void recognisesTraditionalPageFurniture(String line) {
      assertThat(BoilerplateLines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "當地交通部門介紹，夜間線路的站點是根據手機信令數據確定的。",
          "編輯部的同事們一起討論了這個問題。"
        })
    void keepsTraditionalProse(String line) {
      assertThat(BoilerplateLines.isBoilerplate(line)).isFalse();
    }
  }

  @Nested
  class Metadata {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "澎湃新闻记者 胡含嫣", "2023-11-20 09:15 来源：澎湃新闻", "来源：新华社", "文章来源：千龙网", "作者：王小明 编辑：李华",
          "发布时间：2023年11月20日", "2023年11月20日 09:15", "By Jane Doe", "Published November 20, 2023",
          "记者 王小明 通讯员 李华", "Robert Burns, AP National Security Writer", "原标题：春季学期开学，织密返校疫情防控网"
        })
    void recognisesBylineSourceAndDateLines(String line) {
      assertThat(MetadataLines.isMetadata(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "新华社北京11月20日电（记者 张三、李四）记者从有关部门获悉，今年以来各地新建和改造提升了一批高标准农田。",
          "会议于2023年11月20日在北京举行。",
          "记者从有关部门获悉，这项工作进展顺利。",
          "The meeting was held on November 20, 2023, in the city hall."
        })
    void keepsProseThatMentionsReportersOrDates(String line) {
      assertThat(MetadataLines.isMetadata(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "澎湃新聞記者 胡含嫣", "來源：聯合報", "稿源：中央社", "作者：王小明　編輯：李華　發佈時間：2023年11月19日 18:30",
          "發佈時間：2023年11月20日", "發表時間：2023-11-20 09:15", "更新時間：2023-11-20 09:15", "責任編輯：李明",
          "記者 王小明 通訊員 李華", "撰文：林子沛", "3小時前", "瀏覽：1024"
        })
    void recognisesTraditionalBylineSourceAndDateLines(String line) {
      assertThat(MetadataLines.isMetadata(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "中央社記者王小明台北29日電）行政院今天通過明年度總預算案，將送立法院審議，各部會須於下月底前提出說明。",
          "記者從有關部門獲悉，這項工作進展順利。"
        })
    void keepsTraditionalProseThatMentionsReporters(String line) {
      assertThat(MetadataLines.isMetadata(line)).isFalse();
    }
  }
}
