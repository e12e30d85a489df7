package dev.newsbridge.extract;

import dev.newsbridge.charset.DecodedText;
import dev.newsbridge.charset.TextDecoder;
import dev.newsbridge.extract.internal.AuthorFinder;
import dev.newsbridge.extract.internal.Block;
import dev.newsbridge.extract.internal.BodyFinder;
import dev.newsbridge.extract.internal.CanonicalUrl;
import dev.newsbridge.extract.internal.ClassWeights;
import dev.newsbridge.extract.internal.DateParser;
import dev.newsbridge.extract.internal.DepthLimiter;
import dev.newsbridge.extract.internal.ElementNames;
import dev.newsbridge.extract.internal.MetadataWindow;
import dev.newsbridge.extract.internal.NamedElements;
import dev.newsbridge.extract.internal.PageBlocks;
import dev.newsbridge.extract.internal.PageIndex;
import dev.newsbridge.extract.internal.PageMeta;
import dev.newsbridge.extract.internal.PageZone;
import dev.newsbridge.extract.internal.PublishingPlatforms;
import dev.newsbridge.extract.internal.Paragraphs;
import dev.newsbridge.extract.internal.TimeFinder;
import dev.newsbridge.extract.internal.TitleFinder;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from a page: headline, reporters, credited outlet, publication time,
 * canonical URL and body paragraphs, with the page furniture (navigation, related links, comments,
 * share bars, copyright lines, editor credits) left out. General rules only, no site-specific ones;
 * Chinese pages are first-class (CJK-weighted lengths, Chinese punctuation, 记者/来源 lines, +08:00
 * for times without a zone).
 *
 * <p>Bad pages are results, not exceptions: a page that is not an article gives no paragraphs and
 * the warning {@value #NO_BODY}; mojibake and mislabelled charsets are warnings too. Input is
 * capped at {@link #MAX_INPUT_BYTES} bytes ({@link #MAX_INPUT_CHARS} characters) and every pass
 * over the tree is iterative, so neither size nor nesting can exhaust the stack. Stateless and
 * thread-safe: one instance may serve every thread.
 */
public final class ArticleExtractor {
  /** Bodies above this size are cut before decoding: {@value} bytes (10 MiB). */
  public static final int MAX_INPUT_BYTES = 10 * 1024 * 1024;

  /** Strings above this length are cut before parsing: {@value} characters. */
  public static final int MAX_INPUT_CHARS = 10 * 1024 * 1024;

  /** The warning for a page without an article body. */
  public static final String NO_BODY = "no article body found";

  /** Extracts from raw bytes, deciding the charset with {@link TextDecoder}. */
  public ExtractedArticle extract(byte[] body, String contentType, URI url, Instant fetchedAt) {
    Objects.requireNonNull(body, "body");
    List<String> warnings = new ArrayList<>();
    byte[] capped = body;
    if (body.length > MAX_INPUT_BYTES) {
      capped = Arrays.copyOf(body, MAX_INPUT_BYTES);
      warnings.add("document cut at " + MAX_INPUT_BYTES + " of " + body.length + " bytes");
    }
    DecodedText decoded = TextDecoder.decode(capped, contentType);
    warnings.addAll(decoded.warnings());
    return extract(decoded.text(), url, fetchedAt, decoded.charset(), warnings);
  }

  /** Extracts from already decoded text; the result's charset is null. */
  public ExtractedArticle extract(String html, URI url, Instant fetchedAt) {
    Objects.requireNonNull(html, "html");
    return extract(html, url, fetchedAt, null, new ArrayList<>());
  }

  private ExtractedArticle extract(
      String html, URI url, Instant fetchedAt, String charset, List<String> warnings) {
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    try {
      return extractParsed(html, url, fetchedAt, charset, warnings);
    } catch (RuntimeException e) {
      // A bug met by one hostile page must not stop the batch; the warning carries it to the item.
      warnings.add("extraction failed: " + e);
      return new ExtractedArticle(url, null, null, null, null, List.of(), charset, warnings);
    }
  }

  private ExtractedArticle extractParsed(
      String html, URI url, Instant fetchedAt, String charset, List<String> warnings) {
    String input = html;
    if (html.length() > MAX_INPUT_CHARS) {
      input = html.substring(0, MAX_INPUT_CHARS);
      warnings.add("document cut at " + MAX_INPUT_CHARS + " characters");
    }
    Document doc = Jsoup.parse(input, url == null ? "" : url.toString());
    ElementNames names = new ElementNames();
    PageIndex index = PageIndex.of(doc, ClassWeights.unlikelyForOnePage(names));
    if (index.flattened()) {
      warnings.add("document nested deeper than " + DepthLimiter.MAX_DEPTH + " levels; flattened below");
    }
    PageMeta meta = PageMeta.read(index);
    URI canonical = CanonicalUrl.of(index.links(), url);
    TitleFinder.Title title = TitleFinder.find(index, meta);
    Optional<String> platformAccount = PublishingPlatforms.accountThatPosted(meta, doc);
    index.removeJunk();
    Element root = doc.body() != null ? doc.body() : doc;
    PageBlocks page = index.blocks(root);
    List<Block> bodyBlocks = BodyFinder.find(root, page);
    List<String> paragraphs = Paragraphs.of(bodyBlocks, title.text());
    if (paragraphs.isEmpty()) {
      warnings.add(NO_BODY);
    }
    List<Block> all = page.blocks();
    MetadataWindow lines = MetadataWindow.of(all, title, bodyBlocks);
    ZoneOffset offset = PageZone.of(meta.htmlLang(), sample(title.text(), paragraphs));
    NamedElements named = new NamedElements(root, names);
    AuthorFinder authors = new AuthorFinder(meta, lines, named, platformAccount);
    TimeFinder times = new TimeFinder(meta, lines, new DateParser(fetchedAt, offset),
        () -> index.timeStamps(root), named);
    return new ExtractedArticle(
        canonical,
        title.text(),
        authors.author(),
        authors.outlet(),
        times.publishedAt(),
        paragraphs,
        charset,
        warnings);
  }

  private static String sample(String title, List<String> paragraphs) {
    StringBuilder sample = new StringBuilder(title == null ? "" : title);
    for (String p : paragraphs) {
      if (sample.length() > 2000) {
        break;
      }
      sample.append(' ').append(p);
    }
    return sample.toString();
  }
}
