package dev.newsbridge.demo;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the demo site publishes for one article: the known answers an end-to-end test checks the
 * pipeline's output against.
 *
 * @param slug unique id within the demo, e.g. "openai-altman-returns"
 * @param outlet the outlet's name, e.g. "澄观新闻", "曦潮日報" or "The Kestrel Bay Courier"
 * @param reporter the reporter's name, e.g. "胡含嫣", "蔡宛庭" or "Megan Hollis"
 * @param title the clean headline (the page's {@code <h1>}; its {@code <title>} has the site name
 *     glued on)
 * @param publishedAt publication time, offset +08:00 (China's and Taiwan's, and Kestrel Bay's)
 * @param topic "technology", "economy", "environment", "science", "sports" or "culture"
 * @param url the article page on the demo site
 * @param charset the charset label the page is served with: "UTF-8", "GBK", "gb2312" (these two
 *     carry GBK bytes and must be decoded as GB18030) or "big5" (Big5 bytes)
 * @param paragraphs the body paragraphs exactly as the page shows them, without indentation
 */
public record DemoArticle(
    String slug,
    String outlet,
    String reporter,
    String title,
    OffsetDateTime publishedAt,
    String topic,
    URI url,
    String charset,
    List<String> paragraphs) {
  public DemoArticle {
    paragraphs = List.copyOf(paragraphs);
  }
}
