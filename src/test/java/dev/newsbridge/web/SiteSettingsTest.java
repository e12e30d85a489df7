package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteSettingsTest {

  @Test
  void defaultsAreNewsbridgeTwentyAPageAndTheListeningAddress() {
    SiteSettings defaults = SiteSettings.defaults();

    assertThat(defaults.siteName()).isEqualTo("Newsbridge");
    assertThat(defaults.pageSize()).isEqualTo(20);
    assertThat(defaults.feedSize()).isEqualTo(50);
    assertThat(defaults.baseUrl()).isNull();
  }

  @Test
  void baseUrlLosesItsTrailingSlash() {
    SiteSettings settings =
        SiteSettings.defaults().withBaseUrl(URI.create("https://news.example/"));

    assertThat(settings.baseUrl()).isEqualTo(URI.create("https://news.example"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "ftp://news.example",
        "/relative",
        "https://news.example/?x=1",
        "https://news.example/#top"
      })
  void refusesABaseUrlThatIsNotAPlainHttpAddress(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiteSettings.defaults().withBaseUrl(URI.create(url)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101})
  void refusesAPageSizeOutsideOneToAHundred(int size) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiteSettings.defaults().withPageSize(size));
  }

  @Test
  void refusesABlankSiteName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiteSettings.defaults().withSiteName(" "));
  }
}
