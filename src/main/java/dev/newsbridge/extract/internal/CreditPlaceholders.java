package dev.newsbridge.extract.internal;

import dev.newsbridge.text.ChineseScripts;
import java.util.Locale;
import java.util.Set;

/**
 * Words that fill an author or source field without crediting anyone: {@code 作者：未知} ("unknown"),
 * {@code 佚名} ("anonymous"), {@code 来源：网络} ("the internet"; 網路 in Taiwan), {@code
 * 来源：本站原创} ("this site's own"). Shown as a reporter or an outlet they would mislead readers,
 * and a tag made of them would gather unrelated articles.
 */
final class CreditPlaceholders {
  private static final Set<String> WORDS =
      Set.of("未知", "不详", "佚名", "匿名", "无", "暂无", "网络", "网路", "互联网", "网友", "网络转载", "转载",
          "原创", "本站", "本网", "本站原创", "本网原创", "小编", "管理员", "admin", "administrator",
          "unknown", "anonymous");

  private CreditPlaceholders() {}

  /** True when {@code credit} names nobody, in either script ({@code 不詳}, {@code 網絡}). */
  static boolean isPlaceholder(String credit) {
    return WORDS.contains(ChineseScripts.simplified(credit.strip()).toLowerCase(Locale.ROOT));
  }
}
