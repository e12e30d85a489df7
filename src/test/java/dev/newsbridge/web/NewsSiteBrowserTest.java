package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The site in a real headless Chromium: reading and following links, and scripts not running. Uses
 * Debian's chromium and chromedriver by path, so Selenium Manager is never asked to find or
 * download anything. Skipped only off CI when chromedriver is not installed; on CI ({@code
 * CI=true}) a missing browser is a failure.
 */
class NewsSiteBrowserTest {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @SeededDesk static TestDesk desk;
  @TempDir static Path dir;
  static ChromeDriverService service;
  static WebDriver browser;

  @BeforeAll
  static void openBrowser() {
    assumeTrue(
        Files.exists(CHROMEDRIVER) || "true".equals(System.getenv("CI")),
        "no " + CHROMEDRIVER + " (install chromium-driver); the browser test runs on CI");
    // Debian's Chromium is newer than the CDP versions Selenium bundles; classic WebDriver needs
    // none, so the "no CDP implementation" warning is noise.
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1200,900",
                "--user-data-dir=" + dir.resolve("profile"));
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  static String h1() {
    return browser.findElement(By.tagName("h1")).getText();
  }

  @Test
  void aReaderFollowsAnArticleFromTheHomePageAndThenItsNextLink() {
    browser.get(desk.site().url().toString());
    assertThat(browser.getTitle()).isEqualTo("Newsbridge");

    browser.findElement(By.linkText(DeskArticles.BOARD_TITLE)).click();

    assertThat(h1()).isEqualTo(DeskArticles.BOARD_TITLE);
    assertThat(browser.getTitle()).isEqualTo(DeskArticles.BOARD_TITLE + " — Newsbridge");
    assertThat(browser.findElements(By.cssSelector(".article-tags a")))
        .extracting(e -> e.getText())
        .contains("Sam Altman", "Greg Brockman", "OpenAI");

    browser.findElement(By.cssSelector(".article-nav a[rel=next]")).click();

    assertThat(browser.getCurrentUrl()).endsWith(desk.articlePath("hires"));
    assertThat(h1()).isEqualTo(DeskArticles.HIRES_TITLE);
    assertThat(browser.findElement(By.cssSelector(".article-nav a[rel=prev] .nav-title")).getText())
        .isEqualTo(DeskArticles.BOARD_TITLE);
  }

  @Test
  void aScriptInAnArticleTitleDoesNotRun() {
    browser.get(desk.site().url().resolve(desk.articlePath("injection")).toString());

    assertThat(browser.getTitle()).isEqualTo(DeskArticles.HOSTILE_TITLE + " — Newsbridge");
    assertThat(browser.getTitle()).isNotEqualTo("pwned");
    assertThat(h1()).isEqualTo(DeskArticles.HOSTILE_TITLE);
    assertThatExceptionOfType(NoAlertPresentException.class)
        .isThrownBy(() -> browser.switchTo().alert());
  }

  @Test
  void theContentSecurityPolicyBlocksAnInlineScriptEvenIfOneGotIntoThePage() {
    browser.get(desk.site().url().toString());

    // Simulates an escaping bug: put an inline script element into the live page.
    ((JavascriptExecutor) browser)
        .executeScript(
            "var s = document.createElement('script');"
                + "s.textContent = \"document.title = 'csp-bypassed'\";"
                + "document.body.appendChild(s);");

    assertThat(browser.getTitle()).isEqualTo("Newsbridge");
  }

  @Test
  void theOwnStylesheetLoadsUnderThePolicy() {
    browser.get(desk.site().url().resolve(desk.articlePath("board")).toString());

    String font = browser.findElement(By.tagName("h1")).getCssValue("font-family");

    assertThat(font).contains("Georgia");
  }
}
