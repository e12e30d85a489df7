package dev.newsbridge.extract.internal;

import org.jsoup.nodes.Element;

/**
 * One run of text between block-level boundaries ({@code <p>}, {@code <div>}, {@code <br>}, ...), in
 * document order. The unit the extractor scores, keeps or drops.
 *
 * @param index position in the document's block list
 * @param text the text, whitespace collapsed and trimmed
 * @param length the {@link Texts#weightedLength weighted length}
 * @param linkLength the weighted length of the text inside links
 * @param proseMarks the text's {@link Texts#proseMarks commas and sentence ends}
 * @param owner the nearest block-level element around the text
 * @param unlikely true when the text sits inside navigation, a sidebar, comments or the like
 */
public record Block(
    int index,
    String text,
    int length,
    int linkLength,
    int proseMarks,
    Element owner,
    boolean unlikely) {

  /** Share of the text that is link text, 0..1. */
  public double linkDensity() {
    return length == 0 ? 0 : (double) linkLength / length;
  }

  /** True when {@code ancestor} is the owner or one of its ancestors. */
  public boolean isInside(Element ancestor) {
    for (Element e = owner; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
