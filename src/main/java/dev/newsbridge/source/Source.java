package dev.newsbridge.source;

import java.net.URI;
import java.time.Instant;

/**
 * An outlet Newsbridge follows: a feed URL and what we know about it.
 *
 * @param id the store's id
 * @param name display name of the outlet ("The Paper")
 * @param url the feed (RSS/Atom) URL
 * @param language the outlet's language as a BCP 47 tag ("zh"), or null to detect per article
 * @param allowPrivateHosts whether fetching may reach loopback/private addresses (off by default:
 *     SSRF protection; the demo outlet on 127.0.0.1 turns it on explicitly)
 * @param addedAt when it was added
 * @param health the source's last fetch outcome
 * @param kind what kind of document {@code url} serves (feed, JSON Feed, sitemap, HTML listing)
 */
public record Source(
    long id,
    String name,
    URI url,
    String language,
    boolean allowPrivateHosts,
    Instant addedAt,
    SourceHealth health,
    SourceKind kind) {

  public Source {
    kind = kind == null ? SourceKind.FEED : kind;
  }

  /** A feed source (RSS/Atom): the shape before source kinds existed. */
  public Source(
      long id,
      String name,
      URI url,
      String language,
      boolean allowPrivateHosts,
      Instant addedAt,
      SourceHealth health) {
    this(id, name, url, language, allowPrivateHosts, addedAt, health, SourceKind.FEED);
  }
}
