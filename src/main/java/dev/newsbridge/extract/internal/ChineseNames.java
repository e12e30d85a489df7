package dev.newsbridge.extract.internal;

import dev.newsbridge.text.ChineseScripts;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a short run of Han characters looks like a Chinese personal name: two to four
 * characters starting with a common surname (one of the most common for a two-character name, since
 * words such as 简评 or 文章 start with rarer surnames). The surname list holds the most common single and
 * compound surnames (together they cover the large majority of people in mainland China); a name
 * with a rare surname is simply not recognised by this test.
 */
public final class ChineseNames {
  private static final String SINGLE_SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
          + "廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂"
          + "章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
          + "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣"
          + "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
  /** The most common surnames; a two-character "name" must start with one of these. */
  private static final String TOP_SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
          + "廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤";
  private static final Set<String> COMPOUND_SURNAMES =
      Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "长孙", "司徒", "夏侯", "尉迟",
          "公孙", "轩辕", "端木", "独孤", "南宫", "西门", "宇文", "澹台");
  private static final Pattern HAN_2_TO_4 = Pattern.compile("\\p{IsHan}{2,4}");

  private ChineseNames() {}

  /**
   * True for two to four Han characters that start with a common surname, in either script (陳 is
   * read as 陈: the lists are Simplified).
   */
  public static boolean looksLikeName(String name) {
    if (!HAN_2_TO_4.matcher(name).matches()) {
      return false;
    }
    String token = ChineseScripts.simplified(name);
    if (token.length() >= 3 && COMPOUND_SURNAMES.contains(token.substring(0, 2))) {
      return true;
    }
    String surnames = token.length() == 2 ? TOP_SURNAMES : SINGLE_SURNAMES;
    return surnames.indexOf(token.charAt(0)) >= 0 && token.length() <= 3;
  }
}
