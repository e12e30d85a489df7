package dev.newsbridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbridge.extract.ArticleExtractor;
import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.language.Language;
import dev.newsbridge.language.LanguageDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsbridge extract [--base-url URL] PATH…}: extracts articles from saved pages (a
 * directory means every {@code *.html} in it, sorted) or, when a fetcher is wired in, from http(s)
 * URLs. Prints one JSON object per page per line: file, url, title, author, outlet, publishedAt,
 * language, charset, body (paragraphs) and warnings. A page that cannot be read gets a line on
 * stderr and exit code 1, and the others are still extracted.
 *
 * <p>A saved file's fetch time (which relative dates such as {@code 3小时前} count back from) is its
 * last-modified time.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extracts articles from saved pages or URLs and prints one JSON object per line.")
public final class ExtractCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "URL the saved files came from; each file's page URL is its name resolved against it.")
  URI baseUrl;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "HTML files, directories, or http(s) URLs.")
  List<String> paths = new ArrayList<>();

  private final Function<URI, FetchedResource> fetch;
  private final InstantSource clock;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final LanguageDetector languages = new LanguageDetector();

  /** URL arguments are fetched with the default (public-addresses-only) fetch policy. */
  public ExtractCommand() {
    this(new PageFetch());
  }

  /**
   * With a fetcher for http(s) arguments (the hook the ingest wiring fills in).
   *
   * @param fetch fetches one URL; may throw an unchecked exception whose message is reported
   */
  public ExtractCommand(Function<URI, FetchedResource> fetch) {
    this(fetch, InstantSource.system());
  }

  ExtractCommand(Function<URI, FetchedResource> fetch, InstantSource clock) {
    this.fetch = fetch;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean failed = false;
    for (String arg : paths) {
      if (isUrl(arg)) {
        failed |= !extractUrl(arg, out, err);
        continue;
      }
      List<Path> files = expand(arg, err);
      failed |= files == null;
      for (Path file : files == null ? List.<Path>of() : files) {
        failed |= !extractFile(file, out, err);
      }
    }
    out.flush();
    err.flush();
    return failed ? 1 : 0;
  }

  private static boolean isUrl(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** The files {@code arg} names, or null (after a message on stderr) when it names nothing. */
  private static List<Path> expand(String arg, PrintWriter err) {
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      err.println("extract: " + arg + ": not a valid path: " + e.getMessage());
      return null;
    }
    if (!Files.exists(path)) {
      err.println("extract: " + path + ": no such file or directory");
      return null;
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      err.println("extract: " + path + ": cannot list directory: " + e.getMessage());
      return null;
    }
  }

  private boolean extractFile(Path file, PrintWriter out, PrintWriter err) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      Instant fetchedAt = Files.getLastModifiedTime(file).toInstant();
      URI url = pageUrl(file);
      ExtractedArticle article = extractor.extract(bytes, null, url, fetchedAt);
      out.println(toJson(file.toString(), article));
      return true;
    } catch (IOException | RuntimeException e) {
      err.println("extract: " + file + ": cannot read: " + reason(e));
      return false;
    }
  }

  /** The file's name resolved against --base-url (percent-encoded), or the file's own URI. */
  private URI pageUrl(Path file) {
    if (baseUrl == null) {
      return file.toAbsolutePath().toUri();
    }
    try {
      return baseUrl.resolve(new URI(null, null, file.getFileName().toString(), null));
    } catch (URISyntaxException e) {
      return file.toAbsolutePath().toUri();
    }
  }

  private boolean extractUrl(String arg, PrintWriter out, PrintWriter err) {
    if (fetch == null) {
      err.println("extract: " + arg + ": fetching URLs is not available in this build; save the page"
          + " and pass the file");
      return false;
    }
    try {
      FetchedResource resource = fetch.apply(URI.create(arg));
      if (resource.notModified() || resource.status() >= 400) {
        err.println("extract: " + arg + ": HTTP " + resource.status());
        return false;
      }
      Instant fetchedAt = resource.fetchedAt() == null ? clock.instant() : resource.fetchedAt();
      ExtractedArticle article =
          extractor.extract(resource.body(), resource.contentType(), resource.finalUrl(), fetchedAt);
      out.println(toJson(null, article));
      return true;
    } catch (RuntimeException e) {
      err.println("extract: " + arg + ": cannot fetch: " + reason(e));
      return false;
    }
  }

  private String toJson(String file, ExtractedArticle article) {
    ObjectNode json = JSON.createObjectNode();
    json.put("file", file);
    json.put("url", article.url() == null ? null : article.url().toString());
    json.put("title", article.title());
    json.put("author", article.author());
    json.put("outlet", article.outlet());
    json.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
    Language language = languages.detect(textOf(article));
    json.put("language", language.code());
    json.put("charset", article.charset());
    ArrayNode body = json.putArray("body");
    article.paragraphs().forEach(body::add);
    ArrayNode warnings = json.putArray("warnings");
    article.warnings().forEach(warnings::add);
    return json.toString();
  }

  private static String textOf(ExtractedArticle article) {
    String title = article.title() == null ? "" : article.title() + "\n";
    return title + String.join("\n", article.paragraphs());
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    if (e.getCause() != null && e.getCause().getMessage() != null) {
      message = message == null ? e.getCause().getMessage() : message + " (" + e.getCause().getMessage() + ")";
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
