package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbridge.demo.DemoArticle;
import dev.newsbridge.demo.DemoFeed;
import dev.newsbridge.demo.DemoOutlet;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.ingest.IngestListener;
import dev.newsbridge.ingest.IngestReport;
import dev.newsbridge.web.NewsSite;
import dev.newsbridge.web.SiteSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole desk, end to end, as {@code newsbridge demo} runs it: the sample outlet on loopback is
 * ingested through every stage into a real SQLite database and Lucene index, and the English site
 * answers real HTTP requests.
 */
class DemoEndToEndTest {
  @TempDir static Path data;
  static DemoOutlet outlet;
  static Desk desk;
  static NewsSite site;
  static IngestReport firstPass;
  static DemoArticle openAiArticle;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void ingestTheDemoOutletAndServeTheSite() throws IOException {
    outlet = DemoOutlet.start(0);
    desk = Desk.open(data, FetchPolicy.defaults().withMinDelayPerHost(Duration.ZERO));
    for (DemoFeed feed : outlet.feeds()) {
      desk.store().addSource(feed.name(), feed.url(), feed.language(), true);
    }
    firstPass = desk.pipeline().ingestAll(IngestListener.SILENT);
    site = new NewsSite(desk.store(), desk.index(), SiteSettings.defaults());
    site.start("127.0.0.1", 0);
    openAiArticle =
        outlet.articles().stream()
            .filter(a -> a.reporter().equals("胡含嫣") && String.join("", a.paragraphs()).contains("奥特曼"))
            .findFirst()
            .orElseThrow();
  }

  @AfterAll
  static void stop() {
    site.close();
    desk.close();
    outlet.close();
  }

  @Test
  void everyDemoArticleIsStoredAndNothingFails() {
    assertThat(firstPass.failed()).isZero();
    assertThat(firstPass.failedSources()).isZero();
    assertThat(firstPass.stored()).isEqualTo(outlet.articles().size());
  }

  @Test
  void theOpenAiArticleIsCreditedAndTitledRight() throws Exception {
    JsonNode article = openAiArticleJson();
    assertThat(article.get("originalTitle").asText()).isEqualTo(openAiArticle.title());
    assertThat(article.get("outlet").asText()).isEqualTo(openAiArticle.outlet());
    assertThat(article.get("author").asText()).isEqualTo(openAiArticle.reporter());
    assertThat(article.get("publishedAt").asText()).startsWith(openAiArticle.publishedAt().toLocalDate().toString());
    assertThat(article.get("translation").get("engine").asText()).isEqualTo("offline-gloss");
    assertThat(article.get("title").asText()).isNotBlank().doesNotContain("奥特曼");
  }

  @Test
  void everyDemoArticleIsCreditedToItsReporterTitledAndDatedAsWritten() throws Exception {
    JsonNode items = json.readTree(get("/api/articles?limit=100").body()).get("items");
    for (DemoArticle written : outlet.articles()) {
      JsonNode stored = null;
      for (JsonNode item : items) {
        if (item.get("url").asText().equals(written.url().toString())) {
          stored = item;
        }
      }
      assertThat(stored).as(written.slug()).isNotNull();
      assertThat(stored.get("author").asText()).as(written.slug()).isEqualTo(written.reporter());
      assertThat(stored.get("originalTitle").asText()).as(written.slug()).isEqualTo(written.title());
      assertThat(OffsetDateTime.parse(stored.get("publishedAt").asText()).toInstant())
          .as(written.slug())
          .isEqualTo(written.publishedAt().toInstant());
    }
  }

  @Test
  void theOpenAiArticleGetsEveryNameRightAndNeverUltraman() throws Exception {
    JsonNode article = openAiArticleJson();
    String english = article.get("title").asText() + "\n" + article.get("body").toString();
    assertThat(english).contains("Altman", "Brockman", "Sutskever", "Murati", "Musk", "Microsoft");
    assertThat(english).doesNotContainIgnoringCase("Ultraman");
  }

  @Test
  void theTaipeiPapersBig5ReportIsStoredInTraditionalCharactersWithItsReporterRead()
      throws Exception {
    JsonNode article = articleJson(taipeiReport());
    assertThat(article.get("outlet").asText()).isEqualTo("曦潮日報");
    assertThat(article.get("author").asText()).isEqualTo("蔡宛庭");
    assertThat(article.get("originalTitle").asText()).isEqualTo(taipeiReport().title());
    assertThat(article.get("originalBody").toString()).contains("許文彥");
  }

  @Test
  void theTaipeiReportSpellsItsTaiwanesePersonAsTaiwanDoes() throws Exception {
    JsonNode article = articleJson(taipeiReport());
    String english = article.get("title").asText() + "\n" + article.get("body").toString();
    // 許文彥 is Xu Wenyan in pinyin; Taipei's English press writes Hsu Wen-yen.
    assertThat(english).contains("Hsu Wen-yen", "Altman", "Brockman", "Sutskever", "Microsoft");
    assertThat(english).doesNotContain("Xu Wenyan");
  }

  @Test
  void theEnglishDailysReportIsStoredUntranslatedAsItsOutletWroteIt() throws Exception {
    DemoArticle written = bySlug("altman-returns-to-openai");
    JsonNode article = articleJson(written);
    assertThat(article.get("language").asText()).isEqualTo("en");
    assertThat(article.get("translation").isNull()).isTrue();
    assertThat(article.get("outlet").asText()).isEqualTo("The Kestrel Bay Courier");
    assertThat(article.get("title").asText()).isEqualTo(written.title());
    List<String> body = new ArrayList<>();
    article.get("body").forEach(p -> body.add(p.asText()));
    // Every paragraph and nothing else: byline, share bar, newsletter box and comments are gone.
    assertThat(body).isEqualTo(written.paragraphs()).isEqualTo(originalBody(article));
  }

  @Test
  void theEnglishArticlePageShowsTheOriginalWithoutATranslationNote() throws Exception {
    long id = articleJson(bySlug("altman-returns-to-openai")).get("id").asLong();
    String page = get("/articles/" + id).body();
    assertThat(page).contains("Sam Altman to return as OpenAI", "Megan Hollis");
    assertThat(page).doesNotContain("offline gloss engine", "Original title");
  }

  @Test
  void theOpenAiArticleIsTaggedWithRealPhrases() throws Exception {
    List<String> tags = new ArrayList<>();
    openAiArticleJson().get("tags").forEach(t -> tags.add(t.get("name").asText()));
    assertThat(tags).contains("Sam Altman", "OpenAI");
    // "worldEnterpriseChina" is what the content farm made of a title; "OpenAI" is a real name.
    assertThat(tags).allMatch(t -> !t.matches(".*[a-z][A-Z][a-z].*"), "no glued words");
  }

  @Test
  void theArticlePageShowsTheTranslationHonestlyAndLinksToItsNeighbours() throws Exception {
    long id = openAiArticleId();
    String page = get("/articles/" + id).body();
    assertThat(page).contains("offline gloss engine", openAiArticle.title(), "Altman");
    assertThat(page).doesNotContainIgnoringCase("Ultraman");
    String next = firstLink(page, "next");
    String previous = firstLink(page, "prev");
    assertThat(next != null || previous != null).as("a previous or next link").isTrue();
    String neighbour = next != null ? next : previous;
    HttpResponse<String> neighbourPage = get(neighbour);
    assertThat(neighbourPage.statusCode()).isEqualTo(200);
    assertThat(neighbourPage.body()).contains("/articles/" + id);
  }

  @Test
  void searchFindsTheOpenAiArticleInEnglishAndInChinese() throws Exception {
    long id = openAiArticleId();
    assertThat(searchIds("Altman")).contains(id);
    assertThat(searchIds("奥特曼")).contains(id);
  }

  @Test
  void ingestingAgainAddsNothing() {
    long before = desk.store().latest(1, 0).total();
    IngestReport second = desk.pipeline().ingestAll(IngestListener.SILENT);
    assertThat(second.stored()).isZero();
    assertThat(desk.store().latest(1, 0).total()).isEqualTo(before);
  }

  private static DemoArticle taipeiReport() {
    return bySlug("openai-altman-reinstated");
  }

  private static DemoArticle bySlug(String slug) {
    return outlet.articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
  }

  private static List<String> originalBody(JsonNode article) {
    List<String> body = new ArrayList<>();
    article.get("originalBody").forEach(p -> body.add(p.asText()));
    return body;
  }

  private static JsonNode articleJson(DemoArticle written) throws Exception {
    JsonNode items = json.readTree(get("/api/articles?limit=100").body()).get("items");
    for (JsonNode item : items) {
      if (item.get("url").asText().equals(written.url().toString())) {
        return json.readTree(get("/api/articles/" + item.get("id").asLong()).body());
      }
    }
    throw new AssertionError(written.slug() + " not listed by the API");
  }

  private static long openAiArticleId() throws Exception {
    return openAiArticleJson().get("id").asLong();
  }

  private static JsonNode openAiArticleJson() throws Exception {
    JsonNode items = json.readTree(get("/api/articles?limit=100").body()).get("items");
    for (JsonNode item : items) {
      if (item.get("originalTitle").asText().equals(openAiArticle.title())) {
        return json.readTree(get("/api/articles/" + item.get("id").asLong()).body());
      }
    }
    throw new AssertionError("OpenAI article not listed by the API");
  }

  private static List<Long> searchIds(String query) throws Exception {
    JsonNode items =
        json.readTree(get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body()).get("items");
    List<Long> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.get("id").asLong()));
    return ids;
  }

  /** The href of the first link with this rel, or null. */
  private static String firstLink(String html, String rel) {
    Matcher m = Pattern.compile("<a[^>]*rel=\"" + rel + "\"[^>]*href=\"([^\"]+)\"|<a[^>]*href=\"([^\"]+)\"[^>]*rel=\"" + rel + "\"").matcher(html);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    URI uri = path.startsWith("http") ? URI.create(path) : site.url().resolve(path);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
