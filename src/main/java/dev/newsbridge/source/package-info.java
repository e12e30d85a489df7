/**
 * Stage 0, sources: the outlets we follow and how their documents list new article links. One door,
 * {@link dev.newsbridge.source.SourceReaders}, reads every {@link dev.newsbridge.source.SourceKind}:
 * RSS/Atom ({@link dev.newsbridge.source.FeedReader}), JSON Feed, sitemaps (news, index, .gz) and
 * HTML section pages. {@link dev.newsbridge.source.FeedDiscovery} finds what to follow from a URL;
 * {@link dev.newsbridge.source.Opml} imports and exports subscription lists.
 */
package dev.newsbridge.source;
