package dev.newsbridge.extract.internal;

import dev.newsbridge.text.ChineseScripts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Portals put a promotion above the article inside the body's container ("【点击投票】",
 * "下载客户端还能获得专享福利"). A news story opens with its dateline lead ("新京报快讯（记者 …）",
 * "新浪科技讯 北京时间…", "新华社北京11月20日电"), so a paragraph before that lead which calls the
 * reader to act is the portal's, not the reporter's. Both patterns read the paragraphs'
 * {@link ChineseScripts#simplified Simplified view} (中央社台北29日電, 點擊).
 */
final class PromoLead {
  /** How far down the dateline lead is looked for: {@value} paragraphs. */
  static final int MAX_PROMOS = 3;

  /** Both branches start with {@code ^}: tried with lookingAt(), on {@link #LEAD_PREFIX} only. */
  private static final Pattern DATELINE =
      Pattern.compile("^[\\p{IsHan}A-Za-z0-9·]{2,16}?(?:快讯|讯|电)[\\s（(【]|^[^。]{0,20}（记者");

  /**
   * Characters of a paragraph that can hold a dateline match, which is at most 23 code points (46
   * chars) long: {@value}. find() tried every position of a whole paragraph, and the paragraph was
   * simplified whole, for a match that can only start at the first.
   */
  static final int LEAD_PREFIX = 64;
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile("点击|下载|客户端|扫码|扫描二维码|关注|福利|免费|投票|报名|立即|戳这里|长按");

  private PromoLead() {}

  /** {@code paragraphs} without the calls to action that stand before the dateline lead. */
  static List<String> dropped(List<String> paragraphs) {
    int lead = -1;
    for (int i = 1; i <= Math.min(MAX_PROMOS, paragraphs.size() - 1); i++) {
      if (isDateline(paragraphs.get(i))) {
        lead = i;
        break;
      }
    }
    if (lead < 0) {
      return paragraphs;
    }
    List<String> before = paragraphs.subList(0, lead);
    if (before.stream().noneMatch(PromoLead::callsToAction)) {
      return paragraphs;
    }
    List<String> kept = new ArrayList<>();
    for (String p : before) {
      if (!callsToAction(p)) {
        kept.add(p);
      }
    }
    kept.addAll(paragraphs.subList(lead, paragraphs.size()));
    return kept;
  }

  private static boolean isDateline(String paragraph) {
    String head = paragraph.substring(0, Math.min(paragraph.length(), LEAD_PREFIX));
    return DATELINE.matcher(ChineseScripts.simplified(head)).lookingAt();
  }

  private static boolean callsToAction(String paragraph) {
    return CALL_TO_ACTION.matcher(ChineseScripts.simplified(paragraph)).find();
  }
}
