package dev.newsbridge.extract.internal;

/**
 * Totals over an element's subtree, gathered in one pass by {@link PageBlocks}: text and link
 * lengths, prose marks, and how many paragraphs, images, list items, inputs and headings it holds.
 * Subtrees marked unlikely (navigation, comments, ...) are left out of their ancestors' totals.
 */
public final class ElementStats {
  int length;
  int linkLength;
  int proseMarks;
  int paragraphs;
  int images;
  int listItems;
  int inputs;
  int headings;
  int headingLength;

  public int length() {
    return length;
  }

  public int proseMarks() {
    return proseMarks;
  }

  public int paragraphs() {
    return paragraphs;
  }

  public int images() {
    return images;
  }

  public int listItems() {
    return listItems;
  }

  public int inputs() {
    return inputs;
  }

  /** Share of the text that is link text, 0..1. */
  public double linkDensity() {
    return length == 0 ? 0 : (double) linkLength / length;
  }

  /** Share of the text inside headings, 0..1. */
  public double headingDensity() {
    return length == 0 ? 0 : (double) headingLength / length;
  }

  void addText(int weightedLength, int weightedLinkLength, int marks) {
    length += weightedLength;
    linkLength += weightedLinkLength;
    proseMarks += marks;
  }

  /** True when an element with this tag counts in its parent's totals even without text. */
  static boolean counts(String tag) {
    return switch (tag) {
      case "p", "img", "picture", "li", "input", "textarea", "select", "button", "h1", "h2", "h3",
          "h4", "h5", "h6" -> true;
      default -> false;
    };
  }

  /** Adds a child's totals ({@code child} may be null: nothing counted under it). */
  void addChild(ElementStats child, String childTag) {
    int childLength = 0;
    if (child != null) {
      childLength = child.length;
      length += child.length;
      linkLength += child.linkLength;
      proseMarks += child.proseMarks;
      paragraphs += child.paragraphs;
      images += child.images;
      listItems += child.listItems;
      inputs += child.inputs;
      headings += child.headings;
      headingLength += child.headingLength;
    }
    switch (childTag) {
      case "p" -> paragraphs++;
      case "img", "picture" -> images++;
      case "li" -> listItems++;
      case "input", "textarea", "select", "button" -> inputs++;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        headings++;
        headingLength += childLength;
      }
      default -> {}
    }
  }
}
