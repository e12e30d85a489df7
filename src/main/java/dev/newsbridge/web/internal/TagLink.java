package dev.newsbridge.web.internal;

import dev.newsbridge.enrich.Tag;

/** A tag as a link to its page. */
public record TagLink(String name, String href) {
  public static TagLink of(Tag tag) {
    return new TagLink(tag.name(), Links.tag(tag.slug()));
  }
}
