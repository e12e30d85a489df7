package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "澎湃新闻记者 胡含嫣|胡含嫣|澎湃新闻",
        "记者 胡含嫣|胡含嫣|-",
        "本报记者 王小明|王小明|-",
        "本报记者 王小明 李华|王小明、李华|-",
        "记者：王小明、李华|王小明、李华|-",
        "新华社记者 张三|张三|新华社",
        "新华社北京11月20日电（记者 张三、李四）记者从有关部门获悉|张三、李四|新华社",
        "本报讯（记者 王小明 通讯员 李华）昨天下午|王小明、李华|-",
        "记者 胡含嫣 实习生 张三|胡含嫣、张三|-",
        "记者胡含嫣报道|胡含嫣|-",
        "作者：胡平|胡平|-",
        "作者：王小明　编辑：李华|王小明|-",
        "作者：邵一帆　发布时间：2023-11-23 06:30:00　来源：望川日报|邵一帆|-",
        "作者：张三 李四 责编：王五|张三、李四|-",
        "记者 王小明 发稿时间：2023-11-20|王小明|-",
        "作者：放飞&心情|放飞&心情|-",
        "文/李明|李明|-",
        "文｜李明 图｜张华|李明|-",
        "By Jane Doe|Jane Doe|-",
        "By Jane Doe and John Roe|Jane Doe, John Roe|-",
        "Story by Mary-Ann O'Neil, Staff Writer|Mary-Ann O'Neil, Staff Writer|-",
        "顶端新闻·河南商报记者马俊峰/文 受访者供图|马俊峰|顶端新闻·河南商报",
        "采写：南都见习记者 林子沛|林子沛|南都",
        "长江网10月4日讯（记者陈智 整合）|陈智|-",
        "本贴由大卫于2005年8月12日16:12:21发表|大卫|-",
        "作者： 李文 (Wen Li)|李文 (Wen Li)|-",
        "作者：李文（Wen Li） 译：张三|李文 (Wen Li)|-"
      })
  void readsReportersAndTheirOutlet(String line, String authors, String outlet) {
    BylineParser.Byline byline = BylineParser.parse(line).orElseThrow();

    assertThat(byline.joined()).isEqualTo(authors);
    assertThat(byline.outlet()).isEqualTo(outlet);
  }

  /** Taiwan and Hong Kong bylines: read like Simplified ones, credited as printed. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "中央社記者王小明台北29日電|王小明|中央社",
        "（中央社記者王小明台北29日電）|王小明|中央社",
        "中央社記者王明台北29日電|王明|中央社",
        "澎湃新聞記者 胡含嫣|胡含嫣|澎湃新聞",
        "本報記者 王小明 李華|王小明、李華|-",
        "記者 陳曉明、張華報導|陳曉明、張華|-",
        "採寫：南都見習記者 林子沛|林子沛|南都",
        "作者：王小明　編輯：李華　發佈時間：2023年11月19日 18:30|王小明|-",
        "文／李明|李明|-",
        "記者王小明／台北報導|王小明|-",
        "記者 王小明／台北報導|王小明|-",
        "北港日報記者王小明／台北報導|王小明|北港日報",
        "記者王小明/綜合報導|王小明|-",
        "本貼由大衛於2005年8月12日16:12:21發表|大衛|-"
      })
  void readsTraditionalBylinesAndKeepsTheirCharacters(String line, String authors, String outlet) {
    BylineParser.Byline byline = BylineParser.parse(line).orElseThrow();

    assertThat(byline.joined()).isEqualTo(authors);
    assertThat(byline.outlet()).isEqualTo(outlet);
  }

  @Test
  void theSimplifiedFormOfAGluedDatelineBylineIsReadToo() {
    BylineParser.Byline byline = BylineParser.parse("中央社记者王小明台北29日电").orElseThrow();

    assertThat(byline.authors()).containsExactly("王小明");
    assertThat(byline.outlet()).isEqualTo("中央社");
  }

  @Test
  void aTraditionalBracketedBylineOpensAParagraph() {
    String paragraph = "（中央社記者王小明台北29日電）行政院今天通過明年度總預算案，將送立法院審議。";

    assertThat(BylineParser.bracketedAtEnds(paragraph).map(BylineParser.Byline::joined)).contains("王小明");
  }

  @Test
  void aTaiwanDailysTortoiseShellBracketedBylineOpensAParagraph() {
    String paragraph = "〔記者林雅婷／港灣報導〕港灣市立圖書館總館自本週起延長開放時間，週一至週五開放至晚間十點。";

    assertThat(BylineParser.bracketedAtEnds(paragraph).map(BylineParser.Byline::joined)).contains("林雅婷");
  }

  @Test
  void traditionalSourceEditorAndBareNameLinesAreReadAsPrinted() {
    assertThat(BylineParser.source("來源：聯合報")).contains("聯合報");
    assertThat(BylineParser.source("新聞來源：《自由時報》")).contains("自由時報");
    assertThat(BylineParser.editor("來源：晚報　編輯：王五")).contains("王五");
    assertThat(BylineParser.editor("責任編輯：李明")).isEmpty();
    assertThat(BylineParser.namesOnly("陳曉明、張華").map(BylineParser.Byline::joined)).contains("陳曉明、張華");
    assertThat(BylineParser.isPostStamp("由 晴川 於 2006-4-9 20:15 發表")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"責任編輯：李明", "編輯：王五", "記者從有關部門獲悉", "作者：不詳", "作者：網絡整理"})
  void traditionalEditorsProseAndPlaceholdersAreNoBylines(String line) {
    assertThat(BylineParser.parse(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"來源：網絡", "來源：網路", "來源：本站原創", "來源：轉載"})
  void traditionalPlaceholdersInTheSourcesPlaceCreditNoOutlet(String line) {
    assertThat(BylineParser.source(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "责任编辑：李明", "编辑：王五", "记者从有关部门获悉", "中文：你好", "standing by the river",
        "2023-11-20 09:15"
      })
  void editorsAndProseAreNoBylines(String line) {
    assertThat(BylineParser.parse(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "……成了当地支撑乡村振兴的重要产业。（总台记者 张倩）|张倩",
        "本报讯（记者 王小明）昨天下午，一场关于城市更新的座谈会在市图书馆举行，与会专家认为老城区改造应当尊重居民意愿。|王小明"
      })
  void readsABracketedBylineAtEitherEndOfAParagraph(String paragraph, String authors) {
    assertThat(BylineParser.bracketedAtEnds(paragraph).map(BylineParser.Byline::joined)).contains(authors);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"胡平|胡平", "赵延东、风笑天|赵延东、风笑天", "欧阳明月|欧阳明月"})
  void readsALineOfBareNames(String line, String authors) {
    assertThat(BylineParser.namesOnly(line).map(BylineParser.Byline::joined)).contains(authors);
  }

  @ParameterizedTest
  @ValueSource(strings = {"国内新闻", "相关报道", "看点", "简评", "城市更新座谈会", "Jane Doe"})
  void wordsThatAreNoNamesAreNoBareNameLine(String line) {
    assertThat(BylineParser.namesOnly(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"编辑：山川|山川", "来源：晚报　编辑：王五|王五", "[编辑: 欧阳明月]|欧阳明月"})
  void readsAPlainEditorCredit(String line, String editor) {
    assertThat(BylineParser.editor(line)).contains(editor);
  }

  @ParameterizedTest
  @ValueSource(strings = {"责任编辑：李明", "编辑部地址：人民路1号", "本报编辑"})
  void deskEditorsAndOtherEditorWordsAreNoEditorCredit(String line) {
    assertThat(BylineParser.editor(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"本贴由大卫于2005年8月12日16:12:21在〖论坛〗发表", "由 晴川 于 2006-4-9 20:15 发表"})
  void recognisesForumPostStamps(String line) {
    assertThat(BylineParser.isPostStamp(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "争取自由的方式，于是众说纷纭，2006年以来更甚",
    "由于天气原因，航班于2023年11月20日取消",
    "自由于2006年成为口号",
    "由张三李四王五赵六孙七周八吴九于2006年发表"
  })
  void readsNoPostStampWhereTheNameBetween由And于IsMissingOrTooLong(String line) {
    assertThat(BylineParser.isPostStamp(line)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "来源：新华社|新华社",
        "2023-11-20 09:15 来源：澎湃新闻 作者：胡含嫣|澎湃新闻",
        "来源: 人民日报海外版|人民日报海外版",
        "文章来源：《光明日报》|光明日报",
        "稿源：中国新闻网|中国新闻网",
        "Source: Reuters|Reuters"
      })
  void readsSourceCredits(String line, String outlet) {
    assertThat(BylineParser.source(line)).contains(outlet);
  }

  @ParameterizedTest
  @ValueSource(strings = {"来源：http://example.com/a", "来源：2023-11-20", "数据来源于调查", "没有来源"})
  void rejectsSourcesThatAreNoOutlet(String line) {
    assertThat(BylineParser.source(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"作者：未知", "作者：佚名", "作者：网络整理", "文/网友", "作者：匿名　时间：2023-11-20"})
  void placeholdersInTheAuthorsPlaceCreditNobody(String line) {
    assertThat(BylineParser.parse(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"来源：网络", "来源：本站原创", "来源：互联网", "来源：转载", "来源：未知"})
  void placeholdersInTheSourcesPlaceCreditNoOutlet(String line) {
    assertThat(BylineParser.source(line)).isEmpty();
  }
}
