package dev.newsbridge.translate.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a transliterated foreign name back into Latin letters by the conventions Chinese uses to
 * write Western sounds (Xinhua's tables, in reverse): 斯 is a bare "s", 尔 a bare "r", 德安杰洛 is
 * "Danjelo" rather than the pinyin "Dean'jieluo". The result is a readable guess, not the true
 * spelling (which only a glossary or a parenthetical original can give); null when a character is
 * not in the table, so the caller falls back to pinyin.
 */
final class Transliteration {
  /** Characters that stand for a consonant alone (克 in 克林顿, 斯 in 琼斯). */
  private static final Map<Character, String> CONSONANTS = Map.ofEntries(
      Map.entry('尔', "r"), Map.entry('斯', "s"), Map.entry('克', "k"), Map.entry('特', "t"),
      Map.entry('德', "d"), Map.entry('夫', "f"), Map.entry('姆', "m"), Map.entry('普', "p"),
      Map.entry('布', "b"), Map.entry('格', "g"), Map.entry('赫', "h"), Map.entry('勒', "l"),
      Map.entry('弗', "f"), Map.entry('兹', "z"), Map.entry('茨', "tz"), Map.entry('什', "sh"),
      Map.entry('孔', "k"), Map.entry('思', "s"));
  /** Characters for a syllable with its vowel. */
  private static final Map<Character, String> SYLLABLES = new HashMap<>();
  /** Consonants that join a following l/r sound at the start of a name (布莱 "Ble"). */
  private static final Set<Character> CLUSTER_FIRST = Set.of('克', '格', '布', '普', '弗', '特',
      '德', '夫');

  static {
    String table = "阿a 埃e 艾ai 爱ai 安an 昂ang 奥o 巴ba 拜bai 班ban 邦bon 鲍bau 贝be 本ben "
        + "比bi 彼pe 毕bi 宾bin 波po 伯ber 博bo 采cai 查cha 达da 戴da 丹dan 道do 登den 迪di "
        + "蒂ti 丁din 东don 杜du 顿ton 多do 俄o 厄e 恩en 法fa 范van 菲fi 芬fin 丰fon 佛fo 福fo "
        + "盖gai 冈gan 戈go 哥go 古gu 瓜gua 哈ha 海hai 汉han 豪hao 亨hen 胡hu 华hua 怀wai "
        + "惠wi 霍ho 基ki 吉gi 加ga 贾ja 杰je 金kin 卡ka 凯ke 坎kan 康con 考cau 柯co 科co 肯ken "
        + "库ku 夸qua 奎qui 拉la 莱le 赖lai 兰lan 朗ron 劳lau 雷re 蕾re 利li 里ri 莉li 林lin "
        + "琳lyn 隆lon 卢lu 鲁ru 路lu 伦ron 罗ro 洛lo 马ma 迈mi 麦mac 曼man 芒mon 毛mo 梅me "
        + "蒙mon 米mi 莫mo 穆mu 纳na 乃nai 南nan 内ne 尼ni 妮ni 涅nie 努nu 诺no 欧o 帕pa 潘pan "
        + "庞pon 佩pe 彭pen 皮pi 珀per 奇chi 齐ki 恰cha 乔jo 切che 钦chin 丘chu 萨sa 塞se 桑san "
        + "瑟ser 森sen 沙sha 莎sha 尚shan 舍she 施schi 史s 舒shu 丝si 松son 苏su 索so 塔ta "
        + "泰tai 坦tan 汤tom 唐don 陶tao 滕ten 提ti 汀tin 通ton 图tu 托to 瓦va 万van 旺wan "
        + "威wi 韦we 维vi 温win 沃wo 乌u 伍wu 西si 希hi 锡si 夏sha 辛sin 休hu 雅ya 亚ya 扬yan "
        + "耶ye 伊i 因in 英in 尤yu 约jo 泽ze 扎za 詹jan 佐zo 芙fu 黛dai 娅ya 娜na 琪qi 卫wi "
        + "迦ga 丽li 拿na 翰han 朱ju 琼jon 蒲pu 芭ba 荷ho 珍jen 逊son 肖sho 易i 拔ba 白bai "
        + "包bau 保po 圭gui 默mer 赛se 富fu 密mi 根gen";
    for (String pair : table.split(" ")) {
      SYLLABLES.put(pair.charAt(0), pair.substring(1));
    }
  }

  private Transliteration() {}

  /** True when every character of {@code part} has a reading here. */
  static boolean covers(String part) {
    return !part.isEmpty() && part.chars()
        .allMatch(c -> SYLLABLES.containsKey((char) c) || CONSONANTS.containsKey((char) c));
  }

  /** One name part (no dots) in Latin letters, capitalised, or null when a character is unknown. */
  static String part(String chinese) {
    if (!covers(chinese)) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < chinese.length(); i++) {
      char c = chinese.charAt(i);
      String consonant = CONSONANTS.get(c);
      if (consonant == null) {
        out.append(SYLLABLES.get(c));
      } else if (i == 0 && i + 1 < chinese.length() && needsVowel(c, chinese.charAt(i + 1))) {
        out.append(consonant).append('e');
      } else {
        out.append(consonant);
      }
    }
    String s = out.toString();
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A leading consonant keeps a vowel unless an l/r sound or a vowel follows (布莱, 德安). */
  private static boolean needsVowel(char first, char next) {
    String following = SYLLABLES.getOrDefault(next, CONSONANTS.getOrDefault(next, ""));
    if (following.isEmpty() || "aeiou".indexOf(following.charAt(0)) >= 0) {
      return false;
    }
    boolean liquid = following.startsWith("l") || following.startsWith("r");
    return !(liquid && CLUSTER_FIRST.contains(first)) && first != '斯';
  }
}
