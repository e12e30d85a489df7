package dev.newsbridge.translate.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The version of the names and words the translate stage ships with: a hash of its bundled data
 * files (the entity glossary, the name lists, the transliteration table, CC-CEDICT and the
 * function words) and of its rules version. Any edit to them gives a new version, so cached
 * translations made with the old data or rules are not reused. User glossary entries, when the
 * desk has them, should be folded in by the caller (see {@link #combine}).
 */
public final class GlossaryVersion {
  /** The bundled files whose content decides how names and words are rendered. */
  static final List<String> RESOURCES = List.of("glossary.tsv", "chinese-surnames.tsv",
      "foreign-given-names.tsv", "foreign-surnames.tsv", "transliteration.tsv",
      "korean-hanja.tsv", "korean-surnames.tsv", "korean-places.tsv", "japanese-surnames.tsv",
      "japanese-given-names.tsv", "function-words.tsv", "taiwan-words.tsv", "cedict.tsv.gz");

  /**
   * The translate stage's own rules version, hashed in with the data: raise it when a code change
   * alters what a text translates to, so that translations cached by the old code are not reused
   * (2: Traditional characters read as Simplified; the offline engine left them untranslated.
   * 3: Taiwan's people spelled as Taiwan spells them, a surname alone read as a surname.
   * 4: people named by surname only read "a man surnamed Wang", then "Wang".
   * 5: names after family and stage roles, in lists with other people, before 夫妇; fewer
   * verbs and function words glued to names; famous people by the English name CC-CEDICT gives.
   * 6: 于 after a verb or adjective read as "at" before a name the article writes without it.
   * 7: an adverb after a two-character name opens what follows (张庭 + 刚 + 解封), no given name.
   * 8: ... also before a verb of saying (胡磊 + 则 + 认为).
   * 9: ... and an adverb ends a name only where the clause ends (乐嘉 + 则 + 在).
   * 10: unknown foreign names read back by fragments and their place in the name (汤普森
   * Thompson, not Tompsen).
   * 11: Korean people read in Korean where the text says they are Korean (朝鲜外交部长李英浩 Ri
   * Yong Ho, not Li Yinghao); Japanese people CC-CEDICT glosses found whole and written given
   * name first (滨田靖一 Yasukazu Hamada); people glossed by a name without years.
   * 12: no person made of a country's abbreviation (韩美两国, 韩联参), a preposition or verb
   * before a noun (向国民, 戴珍珠), a county (金刚郡), a sea (西海) or a unit after a number
   * (6马赫).
   * 13: minister titles ending in 相 read as "X minister" (国防相 defence minister, not "national
   * defense each other"); Korean counties read in Korean in a text about Korea (金刚郡 Kumgang
   * County, not "diamond canton").
   * 14: a person named right after a minister title in 相 found whole and read by the country
   * before the title or 朝中社 (日本财务相铃木俊一 Lingmu Junyi, not "bell tree smart one";
   * 朝中社 ... 国防相强纯男 Kang Sun Nam, not Qiang Chunnan).
   * 15: Korea's provinces and major cities read as their Korea writes them (黄海南道 South
   * Hwanghae Province, not "yellow Hainan road"; 釜山 Busan, not "kettle mountain").
   * 16: abbreviated Japanese minister titles right after their country (日本法相 justice
   * minister); "Ministry of the Environment" gives "environment minister", not "the ...".
   * 17: a listed Korean city takes the 市 after it (大邱市 Daegu, not "Daegu market").
   * 18: Japanese people the text says are Japanese read from the project's tables of family and
   * given names (日本财务相铃木俊一 Shunichi Suzuki, not Lingmu Junyi).
   * 19: a listed Korean place that opens a longer dictionary name is read whole (济州岛 Jeju
   * Island), and before 郡 is that county (通川郡 Thongchon County).
   * 20: a dictionary name keeps a particle joined to its next word (沙姆沙伊赫 Sharm el-Sheikh, not
   * "Sharm").
   * 21: a city's 市 taken into its name (杭州市 Hangzhou, not "Hangzhou market") unless it opens a
   * word (杭州市长 Hangzhou mayor); districts and counties named with their kind (朝阳区 Chaoyang
   * district, not Chaoyang).)
   * 22: a company's two-character name romanised before what it does (云帆科技 Yunfan Technology,
   * not "cloud the sail science and technology"), and called by its name alone later, as the
   * article may write it (华腾集团, then 转投华腾 "defect to Huateng"); no institution read out of
   * a name's tail (万达商管集团 is no "Shangguan Group").
   * 23: 市 alone is the city (市卫健委 city Health Commission, not "market"); meteor showers by
   * their English names (双子座流星雨 Geminid meteor shower).
   * 24: Taiwan's own words in a Traditional text read as the mainland's (軟體 software, not
   * "soft-bodied"; 晶片 chip).
   * 25: headline words read as news uses them (专家回应 "experts responded", not "experts
   * response"; 遭抵制 "was boycotted", 被拐 "was abducted", 突发！ "Breaking!").
   * 26: 风波 turmoil, 落幕 end, 换帅 leadership change, 加盟 join, 点球大战 penalty shootout.
   * 27: a city or county no dictionary knows named by its pinyin (临溪市 Linxi, not "face the
   * creek city"; 开封市 Kaifeng, not "open"), and by its name alone where the article writes it so.
   * 28: 10天后 "10 days later" (not "days empress"), 对此回应 "responded to this", 被控制 "was
   * controlled", 法媒 French media, 网曝 revealed online, 官宣 officially announced.
   * 29: 前后 after a time is "around" it, before it (春节前后 "around Spring Festival").
   * 30: towns, townships and villages no dictionary knows named by their pinyin and kind (石桥村
   * Shiqiao village, not "rock bridge village"; 白沙镇政府 Baisha town government); 镇 and 乡 alone
   * a town and a township (天堂镇 "paradise town", not "paradise press down"); no person made of a
   * news word and the character after it (官宣新 "officially announced new", not Guan Xuanxin);
   * 重掌 regain control of, 转投 switch to, 硬刚 stand up to, as HanLP's two exact halves.
   * 31: an unknown word's characters read as words, not a name CC-CEDICT has for two of them
   * (好时机 "good opportunity", not "Hershey's machine"; 西海岸 west coast, not "Yellow Sea"); 老街
   * old street, 大桥 bridge, 大雪 heavy snow, not Lao Cai, Da Qiao, Great Snow.
   * 32: 本报讯 dropped (was "This newspaper ask"); 非遗(传承人) intangible cultural heritage
   * (inheritor), 越冬候鸟 wintering migratory birds; 迎来 "see", not "welcome"; 极大 "enormous", and a
   * meteor shower's peak after 迎来 or before 期 (极大期 peak period, not "maximum period").
   * 33: news outlets named by their name and kind (望川日报 Wangchuan Daily, 澄观新闻 Chengguan
   * News, not "hope river daily"; 北京日报 Beijing Daily, not "Beijing daily newspaper"), and by
   * their name alone in the title and text, credits included (望川港 Wangchuan port, 港 after a
   * name being its port); 港务 port; a function word HanLP cuts into its two characters read
   * whole (本周 this week, not "this circle"; 这一 this); a paper's own dateline in English
   * (本报北京12月1日电 "Beijing, December 1 --"); 创近五年新高 "hit a five-year high"; 前十月 "the
   * first 10 months", not "Before October".
   * 34: a paper's name alone is the place it is named for, an entity (望川 of 望川日报: Wangchuan,
   * a place).
   * 35: one name for what a dictionary sense names twice ("send to the hospital", not "send or
   * deliver to the hospital"; 王 king, not "king or monarch"), pairs of opposites kept (决胜负
   * determine success or failure); 受访 interviewed; 首 before a measure word "first" (首条航线
   * first route, not "head strip"); the last character of a word no dictionary lists read as the
   * noun it is (监管局 bureau, 观测点 point, 车市 car market, 科技馆 hall); set phrases HanLP cuts
   * up read whole (以旧换新 trade-in, 截至目前 so far, 社交平台 social media); 带火/带旺/带热/带动
   * boost, 推出 launch, 开放 open, 定胜负 decide the winner, 试运行 trial run; rivers, lakes and
   * mountains named by their pinyin and kind (玉带河 Yudai River, not "the jade band river").
   */
  static final String RULES = "35";

  private static volatile String bundled;

  private GlossaryVersion() {}

  /**
   * The bundled data's version: 16 hex digits of SHA-256 over the {@link #RULES} version and the
   * files above, computed once.
   */
  public static String bundled() {
    String v = bundled;
    if (v == null) {
      v = hash(RESOURCES, RULES);
      bundled = v;
    }
    return v;
  }

  /** A version for the bundled data plus user entries described by {@code userVersion}. */
  public static String combine(String bundledVersion, String userVersion) {
    return userVersion == null || userVersion.isEmpty()
        ? bundledVersion : bundledVersion + "+" + userVersion;
  }

  static String hash(List<String> resources, String rules) {
    MessageDigest sha = TranslationKey.sha256();
    sha.update(("rules " + rules + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] buffer = new byte[1 << 16];
    for (String name : resources) {
      sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      try (InputStream in = GlossaryVersion.class.getResourceAsStream(
          "/dev/newsbridge/translate/" + name)) {
        if (in == null) {
          continue; // a data file this build does not ship does not change the version
        }
        for (int n; (n = in.read(buffer)) > 0; ) {
          sha.update(buffer, 0, n);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled resource " + name, e);
      }
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }
}
