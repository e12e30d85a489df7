package dev.newsbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

/** The demo outlet as a fetcher sees it: one real server on 127.0.0.1 for the whole class. */
class DemoOutletTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
  private static DemoOutlet outlet;
  private static HttpClient http;

  @BeforeAll
  static void start() throws IOException {
    outlet = DemoOutlet.start(0);
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    outlet.close();
  }

  static Stream<DemoArticle> articles() {
    return outlet.articles().stream();
  }

  @Nested
  class Feeds {
    @Test
    void thereIsOneFeedPerOutletOnLoopbackZhForTheChineseOnesAndEnForTheEnglishDaily() {
      assertThat(outlet.feeds())
          .extracting(DemoFeed::name, DemoFeed::language)
          .containsExactly(
              tuple("澄观新闻", "zh"),
              tuple("望川日报", "zh"),
              tuple("曦潮日報", "zh"),
              tuple("The Kestrel Bay Courier", "en"));
      assertThat(outlet.feeds())
          .allSatisfy(feed -> assertThat(feed.url().getHost()).isEqualTo("127.0.0.1"));
    }

    @Test
    void eachFeedIsUtf8Rss2ListingEveryArticleOfItsOutletWithAuthorAndDate() throws Exception {
      for (DemoFeed feed : outlet.feeds()) {
        HttpResponse<byte[]> response = get(feed.url());
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValue("application/rss+xml; charset=utf-8");
        var rss = parseXml(response.body());
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        NodeList items = rss.getElementsByTagName("item");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
          var item = (org.w3c.dom.Element) items.item(i);
          links.add(text(item, "link"));
          assertThat(text(item, "pubDate")).endsWith("+0800");
          assertThat(text(item, "description")).isNotBlank();
          assertThat(Optional.ofNullable(text(item, "dc:creator")).orElse(text(item, "author")))
              .isNotBlank();
        }
        assertThat(links)
            .containsExactlyInAnyOrderElementsOf(
                articles()
                    .filter(a -> a.outlet().equals(feed.name()))
                    .map(a -> a.url().toString())
                    .toList());
      }
    }

    @Test
    void theTaipeiFeedIsServedInTraditionalCharactersDeclaringTaiwan() throws Exception {
      DemoFeed taipei = feedNamed("曦潮日報");
      HttpResponse<byte[]> response = get(taipei.url());
      assertThat(response.statusCode()).isEqualTo(200);

      var rss = parseXml(response.body());
      assertThat(rss.getElementsByTagName("language").item(0).getTextContent()).isEqualTo("zh-tw");
      assertThat(eachItems(rss, "dc:creator")).containsExactlyInAnyOrder("吳宗翰", "黃怡君", "蔡宛庭");
      assertThat(eachItems(rss, "category")).containsExactlyInAnyOrder("科學", "財經", "科技");
    }

    @Test
    void theEnglishDailysFeedDeclaresEnglishAndNamesItsReportersAndSectionsInEnglish()
        throws Exception {
      var rss = parseXml(get(feedNamed("The Kestrel Bay Courier").url()).body());
      assertThat(rss.getElementsByTagName("language").item(0).getTextContent()).isEqualTo("en");
      assertThat(eachItems(rss, "dc:creator"))
          .containsExactlyInAnyOrder("Megan Hollis", "Daniel Okafor", "Ruth Ashdown");
      assertThat(eachItems(rss, "category"))
          .containsExactlyInAnyOrder("Technology", "Science", "Culture");
    }

    /** The text of {@code tag} in each {@code <item>} of the feed, in order (null when absent). */
    private static List<String> eachItems(org.w3c.dom.Document rss, String tag) {
      NodeList items = rss.getElementsByTagName("item");
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < items.getLength(); i++) {
        texts.add(text((org.w3c.dom.Element) items.item(i), tag));
      }
      return texts;
    }

    private static String text(org.w3c.dom.Element item, String tag) {
      NodeList found = item.getElementsByTagName(tag);
      return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }
  }

  @Nested
  class ArticlePages {
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.newsbridge.demo.DemoOutletTest#articles")
    void isServedInItsDeclaredCharsetAndDecodesToTheHeadlineAndEveryParagraph(DemoArticle article)
        throws Exception {
      HttpResponse<byte[]> response = get(article.url());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("text/html; charset=" + article.charset());
      Document page = Jsoup.parse(strictDecode(response.body(), article.charset()));
      assertThat(page.selectFirst("h1").text()).isEqualTo(article.title());
      // The outlets glue their name on differently ("…_澄观新闻", "…_科技_望川日报", "… | 曦潮日報",
      // "… | The Kestrel Bay Courier").
      assertThat(page.title()).startsWith(article.title()).endsWith(article.outlet());
      assertThat(page.select("p").eachText().stream().map(String::strip).toList())
          .containsAll(article.paragraphs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.newsbridge.demo.DemoOutletTest#articles")
    void hasFourToEightParagraphsAndBoilerplateAroundThem(DemoArticle article) throws Exception {
      String html = strictDecode(get(article.url()).body(), article.charset());
      assertThat(article.paragraphs()).hasSizeBetween(4, 8);
      if (article.outlet().equals("曦潮日報")) {
        assertThat(html).contains("相關新聞", "責任編輯：", "分享到", "廣告", "版權所有", "留言");
      } else if (article.outlet().equals("The Kestrel Bay Courier")) {
        assertThat(html)
            .contains(
                "Related stories", "Edited by", "Share this article", "Advertisement",
                "All rights reserved", "Comments (", "Sign up");
      } else {
        assertThat(html).contains("相关阅读", "责任编辑：", "分享到", "广告", "版权所有", "评论");
      }
    }

    @Test
    void legacyPagesDeclareTheirCharsetInAMetaTag() throws Exception {
      List<DemoArticle> legacy = articles().filter(a -> !a.charset().equals("UTF-8")).toList();
      assertThat(legacy).extracting(DemoArticle::charset).contains("GBK", "gb2312", "big5");
      for (DemoArticle article : legacy) {
        Document page = Jsoup.parse(strictDecode(get(article.url()).body(), article.charset()));
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo(article.charset());
      }
    }

    @Test
    void theGb2312LabelledPageHoldsGbkOnlyCharactersThatOnlyGb18030DecodingKeeps()
        throws Exception {
      DemoArticle article =
          articles().filter(a -> a.charset().equals("gb2312")).findFirst().orElseThrow();
      byte[] body = get(article.url()).body();

      assertThat(new String(body, GB18030)).contains("林镕", "何堃", "陈喆");
      assertThat(new String(body, Charset.forName("GB2312"))).doesNotContain("镕");
    }

    @Test
    void theTaipeiPapersBig5PageDecodesOnlyAsBig5() throws Exception {
      DemoArticle article = bySlug("openai-altman-reinstated");
      assertThat(article.charset()).isEqualTo("big5");
      byte[] body = get(article.url()).body();

      Document page = Jsoup.parse(strictDecode(body, "big5"));
      assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("big5");
      assertThat(page.selectFirst("h1").text()).isEqualTo("奧特曼重掌OpenAI執行長 董事會改組 五天人事風暴落幕");
      assertThat(page.text()).contains("記者蔡宛庭／台北報導", "許文彥");
      assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("奧特曼");
      assertThat(new String(body, GB18030)).doesNotContain("奧特曼");
    }

    @Test
    void theEnglishDailysPageIsEnglishAndTimesItsReportInATimeElement() throws Exception {
      DemoArticle article = bySlug("altman-returns-to-openai");
      HttpResponse<byte[]> response = get(article.url());
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("text/html; charset=UTF-8");
      Document page = Jsoup.parse(strictDecode(response.body(), "UTF-8"));

      assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(page.selectFirst("p.byline").text()).isEqualTo("By Megan Hollis");
      Element time = page.selectFirst("time[datetime]");
      assertThat(OffsetDateTime.parse(time.attr("datetime"))).isEqualTo(article.publishedAt());
      assertThat(time.text()).isEqualTo("November 22, 2023, 4:05 p.m.");
    }

    @Test
    void openGraphTagsAppearOnSomePagesButNotAll() throws Exception {
      List<Boolean> hasOgTitle = new ArrayList<>();
      for (DemoArticle article : outlet.articles()) {
        Document page = Jsoup.parse(strictDecode(get(article.url()).body(), article.charset()));
        Element og = page.selectFirst("meta[property=og:title]");
        hasOgTitle.add(og != null);
        if (og != null) {
          assertThat(og.attr("content")).isEqualTo(article.title());
          assertThat(page.selectFirst("meta[property=article:published_time]").attr("content"))
              .isEqualTo(article.publishedAt().toString());
        }
      }
      assertThat(hasOgTitle).contains(true, false);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "openai-altman-returns     | 澄观新闻记者 胡含嫣",
          "openai-altman-returns     | 2023-11-22 15:20 来源：澄观新闻",
          "microsoft-hires-altman    | 2023-11-21 08:30 来源：澄观新闻 记者 胡含嫣",
          "port-container-throughput | 2023年11月21日 14:30 来源：望川日报",
          "port-container-throughput | 本报讯（记者 梁静秋）记者从望川港务集团获悉",
          "openai-altman-back-as-ceo | 作者：邵一帆　发布时间：2023-11-23 06:30:00　来源：望川日报",
          "openai-altman-reinstated  | 記者蔡宛庭／台北報導",
          "openai-altman-reinstated  | 2023/11/22 18:40",
          "market-mobile-payment     | 〔記者黃怡君／台北報導〕台北市和暉市場近一年推動攤商數位化",
          "altman-returns-to-openai  | By Megan Hollis",
          "geminid-peak-dark-skies   | December 13, 2023, 9:40 a.m.",
          "ferry-terminal-clock-restored | KESTREL BAY — The four-faced clock above the old",
        })
    void bylinesComeInTheUsualChineseAndEnglishFormats(String slug, String line)
        throws Exception {
      DemoArticle article = bySlug(slug);
      assertThat(strictDecode(get(article.url()).body(), article.charset())).contains(line);
    }
  }

  @Nested
  class Content {
    @Test
    void hasAtLeastTwelveArticlesFromFourOutletsOnThreeTopics() {
      assertThat(outlet.articles()).hasSizeGreaterThanOrEqualTo(12);
      assertThat(articles().map(DemoArticle::outlet).distinct())
          .containsExactlyInAnyOrder("澄观新闻", "望川日报", "曦潮日報", "The Kestrel Bay Courier");
      assertThat(articles().map(DemoArticle::topic).distinct().count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theOpenAiArticleByHuHanyanNamesEveryoneInvolved() {
      DemoArticle article = bySlug("openai-altman-returns");
      String body = String.join("\n", article.paragraphs());

      assertThat(article.reporter()).isEqualTo("胡含嫣");
      assertThat(article.outlet()).isEqualTo("澄观新闻");
      assertThat(body).contains("奥特曼", "布罗克曼", "苏茨克维", "穆拉蒂", "马斯克", "微软", "OpenAI", "ChatGPT");
    }

    @Test
    void bothOutletsReportAltmansReturnInTheirOwnWords() {
      DemoArticle ours = bySlug("openai-altman-returns");
      DemoArticle theirs = bySlug("openai-altman-back-as-ceo");

      assertThat(List.of(ours.outlet(), theirs.outlet())).doesNotHaveDuplicates();
      for (DemoArticle article : List.of(ours, theirs)) {
        assertThat(String.join("", article.paragraphs()))
            .contains("奥特曼", "布罗克曼", "苏茨克维", "穆拉蒂", "马斯克", "微软", "泰勒");
      }
      assertThat(Collections.disjoint(ours.paragraphs(), theirs.paragraphs())).isTrue();
    }

    @Test
    void theTaipeiPaperReportsAltmansReturnTooInTraditionalCharactersAndItsOwnWords() {
      DemoArticle taipei = bySlug("openai-altman-reinstated");
      String body = String.join("", taipei.paragraphs());

      assertThat(taipei.outlet()).isEqualTo("曦潮日報");
      assertThat(taipei.reporter()).isEqualTo("蔡宛庭");
      assertThat(body).contains("奧特曼", "布羅克曼", "蘇茨克維", "穆拉蒂", "微軟", "泰勒");
      assertThat(body).doesNotContain("奥特曼", "布罗克曼", "苏茨克维", "微软");
      for (String mainland : List.of("openai-altman-returns", "openai-altman-back-as-ceo")) {
        assertThat(Collections.disjoint(taipei.paragraphs(), bySlug(mainland).paragraphs()))
            .isTrue();
      }
    }

    @Test
    void theTaipeiReportNamesATaiwanesePerson() {
      assertThat(String.join("", bySlug("openai-altman-reinstated").paragraphs()))
          .contains("執行長許文彥表示");
    }

    @Test
    void theEnglishDailyReportsAltmansReturnInEnglishAndItsOwnWords() {
      DemoArticle english = bySlug("altman-returns-to-openai");
      String body = String.join("\n", english.paragraphs());

      assertThat(english.outlet()).isEqualTo("The Kestrel Bay Courier");
      assertThat(english.publishedAt().toLocalDate())
          .isEqualTo(bySlug("openai-altman-returns").publishedAt().toLocalDate());
      assertThat(body)
          .contains("Altman", "Brockman", "Sutskever", "Murati", "Microsoft", "Bret Taylor")
          .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void everyPublicationTimeIsInChinaAndTaiwanTime() {
      assertThat(articles().map(a -> a.publishedAt().getOffset().getId())).containsOnly("+08:00");
    }
  }

  @Nested
  class SiteAndErrors {
    @Test
    void homePageLinksEveryArticleAndEveryFeed() throws Exception {
      Document home =
          Jsoup.parse(
              new String(get(outlet.baseUrl()).body(), StandardCharsets.UTF_8),
              outlet.baseUrl().toString());
      List<String> links = home.select("a[href]").eachAttr("abs:href");
      assertThat(links).containsAll(articles().map(a -> a.url().toString()).toList());
      assertThat(links).containsAll(outlet.feeds().stream().map(f -> f.url().toString()).toList());
    }

    @Test
    void robotsTxtAllowsEverything() throws Exception {
      HttpResponse<byte[]> robots = get(outlet.baseUrl().resolve("robots.txt"));
      assertThat(new String(robots.body(), StandardCharsets.UTF_8))
          .isEqualTo("User-agent: *\nAllow: /\n");
    }

    @ParameterizedTest
    @CsvSource({"no-such-page.html", "chengguan/news/20231122/unknown.html", "chengguan/"})
    void unknownPathsAre404(String path) throws Exception {
      assertThat(get(outlet.baseUrl().resolve(path)).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
      var post =
          HttpRequest.newBuilder(outlet.feeds().get(0).url())
              .POST(HttpRequest.BodyPublishers.ofString("x"))
              .build();
      HttpResponse<Void> response = http.send(post, HttpResponse.BodyHandlers.discarding());
      assertThat(response.statusCode()).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void headGivesTheLengthWithoutTheBody() throws Exception {
      URI feed = outlet.feeds().get(1).url();
      var head =
          HttpRequest.newBuilder(feed).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
      HttpResponse<byte[]> response = http.send(head, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.body()).isEmpty();
      assertThat(response.headers().firstValueAsLong("Content-Length"))
          .hasValue(get(feed).body().length);
    }
  }

  @Nested
  class ConditionalGets {
    @Test
    void aFeedAnswers304ToItsOwnEtag() throws Exception {
      URI feed = outlet.feeds().get(0).url();
      String etag = get(feed).headers().firstValue("ETag").orElseThrow();

      HttpResponse<byte[]> again = get(feed, "If-None-Match", etag);

      assertThat(again.statusCode()).isEqualTo(304);
      assertThat(again.body()).isEmpty();
    }

    @Test
    void aFeedAnswers304ToItsOwnLastModified() throws Exception {
      URI feed = outlet.feeds().get(1).url();
      String lastModified = get(feed).headers().firstValue("Last-Modified").orElseThrow();

      assertThat(get(feed, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void aStaleEtagGetsTheFullFeed() throws Exception {
      URI feed = outlet.feeds().get(0).url();
      HttpResponse<byte[]> response = get(feed, "If-None-Match", "\"stale\"");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isNotEmpty();
    }

    @Test
    void aDateBeforeTheLatestArticleGetsTheFullFeed() throws Exception {
      URI feed = outlet.feeds().get(0).url();
      var response = get(feed, "If-Modified-Since", "Wed, 01 Nov 2023 00:00:00 GMT");
      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  @Nested
  class Binding {
    @Test
    void listensOn127001Only() throws Exception {
      int port = outlet.baseUrl().getPort();
      assertThat(outlet.baseUrl().getHost()).isEqualTo("127.0.0.1");
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      }
      for (InetAddress address : nonLoopbackAddresses()) {
        assertThatThrownBy(
                () -> {
                  try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 1000);
                  }
                })
            .as("connect via %s", address)
            .isInstanceOf(IOException.class);
      }
    }

    @Test
    void closeFreesThePortAndPortZeroPicksAFreshOne() throws Exception {
      DemoOutlet second = DemoOutlet.start(0);
      int port = second.baseUrl().getPort();
      assertThat(port).isNotEqualTo(outlet.baseUrl().getPort());

      second.close();
      second.close();

      assertThatThrownBy(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                }
              })
          .isInstanceOf(ConnectException.class);
    }

    @Test
    void rejectsAPortOutOfRange() {
      assertThatThrownBy(() -> DemoOutlet.start(70_000))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("70000");
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
      return NetworkInterface.networkInterfaces()
          .flatMap(NetworkInterface::inetAddresses)
          .filter(a -> !a.isLoopbackAddress() && a instanceof Inet4Address)
          .toList();
    }
  }

  // --- helpers

  private static DemoFeed feedNamed(String name) {
    return outlet.feeds().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static DemoArticle bySlug(String slug) {
    return articles().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
  }

  private static HttpResponse<byte[]> get(URI url, String... headers) throws Exception {
    var request = HttpRequest.newBuilder(url);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Decodes as a careful client must, failing on bad bytes: GB18030 for the gbk/gb2312 labels,
   * Big5-HKSCS for big5 (as browsers read the label).
   */
  private static String strictDecode(byte[] body, String label) throws CharacterCodingException {
    Charset charset =
        switch (label.toLowerCase(java.util.Locale.ROOT)) {
          case "utf-8" -> StandardCharsets.UTF_8;
          case "big5" -> BIG5_HKSCS;
          default -> GB18030;
        };
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(body))
        .toString();
  }

  private static org.w3c.dom.Document parseXml(byte[] xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }
}
