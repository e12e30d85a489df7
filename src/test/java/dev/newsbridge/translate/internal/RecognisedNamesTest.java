package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.Entity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names HanLP's recogniser proposes that are not names, and real names it cuts short, in sentences
 * of the kind local news is made of (written for this test). Each row: the article, then every
 * name it must yield as {@code 中文=English}, nothing else.
 */
class RecognisedNamesTest {
  private static final EntityLayer LAYER = EntityLayer.shared();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a role word's last character is no surname, and the given name is not cut short
        "保护中心监测员吴秀兰已经在这里工作了十二年。|吴秀兰=Wu Xiulan",
        // 余 after a number is "more than", 米 after one is metres, 高二 is a school year
        "第三中学高二学生赵雨桐说，每人负责一段约500米长的河岸。|赵雨桐=Zhao Yutong",
        "现场展出了本地匠人创作的100余件作品，拆除围网1200余亩。|",
        // 于 closing 在于 is no surname; 曾 before a verb is "once"
        "关键在于人怎么用。|",
        // a compound surname before a common noun: 东方白鹳 is the oriental stork
        "记录到了十几只东方白鹳，远处的芦苇荡边几只灰鹤在踱步。|",
        // 达 belongs to 直达 ("direct to"), not to a foreign name 达东南亚
        "家门口就能直达东南亚，运输时间缩短了一半。|东南亚=Southeast Asia",
        // a lake is not a person: it is the lake, named with its kind
        "入冬以来，白沙湖湿地迎来大批越冬候鸟。|白沙湖=Baisha Lake",
        // Mr and Ms with a surname are people, written as English does
        "在一家互联网公司工作的刘女士告诉记者。|刘女士=Ms. Liu",
        "镇上的村民黄先生说：“补贴很实在。”|黄先生=Mr. Huang",
        // a two-character name needs a person cue somewhere in the article (a role before, a
        // speech verb after): 漆艺 (lacquer art) never has one, 林镕 and 孙博 do
        "本地漆艺匠人创作的作品既有传统器型，也有融入现代设计的茶具。|",
        "非遗传承人林镕说，漆艺讲究一个慢字。|林镕=Lin Rong",
        "中学队主教练孙博表示，球员们拼到了最后。|孙博=Sun Bo",
        // 现代 is "modern" here, 老城区 the old town: common senses beat the proper ones
        "老城区的夜市人气旺，融入现代设计的摊位很受欢迎。|",
        // an idiom holds no name: 连战连胜 ("win battle after battle") is not 战连胜, and the
        // name next to one is still found
        "球队连战连胜，士气高涨。|",
        "主教练王建国说，队员们一心一意备战决赛。|王建国=Wang Jianguo",
        // a name joined to a person by 和 or 、 is a person too, even where the segmenter read
        // it as words (孙 + 新枝, "new branch")
        "他拨通了王建国和叶兰的电话。|王建国=Wang Jianguo,叶兰=Ye Lan",
        "原告赵志宽、孙新枝、周国平起诉了该公司。"
            + "|赵志宽=Zhao Zhikuan,孙新枝=Sun Xinzhi,周国平=Zhou Guoping",
        // beside a foreign name, a transliterated one (Tommy, not Tang Mi)
        "得分最高的是莫利纳利和汤米。|莫利纳利=Molinali,汤米=Tommy",
        // family and stage roles before a name, a couple or a relative after it
        "她的儿子韩聪被人贩子抢走。|韩聪=Han Cong",
        "女星叶庭的公司被查。|叶庭=Ye Ting",
        "叶庭夫妇的公司被查。|叶庭=Ye Ting",
        // 有关 ("about") is no surname 关 before the name
        "有关叶翔被调查的传闻，叶翔表示否认。|叶翔=Ye Xiang",
        // a verb after a two-character name is the verb, unless the name ends there
        "其儿子韩聪丢了。|韩聪=Han Cong",
        "原告赵志宽诉被告公司。|赵志宽=Zhao Zhikuan",
        "前总裁吴小加也卸任了。|吴小加=Wu Xiaojia",
        // words either dictionary knows, beside a person or not: 张开 "open", 高达 "as much as",
        // 周末 "weekend", 王者 "king", 李子 "plum"
        "他张开双臂，金额高达六亿元。|",
        "周末的时候，王者归来，李子熟了。|",
        "王建国和李子一起回家。|王建国=Wang Jianguo",
        // a numeral and a measure (曾三次 "three times"), a role (方律师 "lawyer Fang"), a
        // pronoun (但他 "but he") are no given names
        "她曾三次到海边。|",
        "胜利方律师表示不满。|",
        "但他和王建国没有离婚。|王建国=Wang Jianguo",
        // 并 ("and", "not at all") opens what follows a name, never ends one
        "律师称叶翔并没有获得减刑，叶翔说他会继续上诉。|叶翔=Ye Xiang",
        "律师表示，叶翔并没有获得减刑。|",
        // 曾 "once", 都 "all", 于 "at", 全 "wholly" before what they run into are no surnames,
        // even beside a role word's last character (人); before a given name they are
        "公司曾计划于本周上市，两人都能进入决赛，很多人都有自己的想法，全靠大家。|",
        "编剧于正表示，新剧下月开拍。|于正=Yu Zheng",
        "主持人曾宝仪说，节目下周播出。|曾宝仪=Zeng Baoyi",
        // 于 closing a verb or adjective (惊讶于 "surprised at") is no surname when the article
        // names the person without it; a 于 name it never shortens keeps its 于
        "网友惊讶于叶庭夫妇名下的公司，叶庭本人没有回应。|叶庭=Ye Ting",
        "球迷支持于文斌，于文斌表示感谢。|于文斌=Yu Wenbin",
        // a lane is not a person, whoever stands in it
        "昨晚，犯罪嫌疑人驾车在金花巷撞倒一名行人，随后逃离现场。|",
        // a person the dictionary glosses by the name they go by keeps it (not "Li Min")
        "歌手李玟的新歌今天发布。|李玟=Coco Lee",
        "演员刘德华说，这部电影拍了三年。|刘德华=Andy Lau",
      })
  void yieldsExactlyTheRealNames(String article, String expected) {
    List<String> names =
        LAYER.protect(List.of(article)).entities().stream()
            .filter(e -> e.type() != null && e.type() != Entity.Type.OTHER)
            .map(e -> e.chinese() + "=" + e.english())
            .toList();

    assertThat(names)
        .containsExactlyInAnyOrderElementsOf(
            expected == null ? List.of() : List.of(expected.split(",")));
  }
}
