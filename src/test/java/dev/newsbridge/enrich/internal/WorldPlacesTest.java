package dev.newsbridge.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled list of the world's places and the one name each is tagged by. */
class WorldPlacesTest {
  private static final String GLOSSARY = "/dev/newsbridge/translate/glossary.tsv";

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "U.S., United States", "USA, United States", "America, United States", "UK, Britain",
    "United Kingdom, Britain", "Holland, Netherlands", "Kiev, Kyiv", "Macau, Macao",
    "Bosnia, Bosnia and Herzegovina", "Vietnam, Vietnam",
  })
  void namesAPlaceByTheNameItsTagCarries(String written, String name) {
    assertThat(WorldPlaces.canonical(written)).isEqualTo(name);
  }

  @Test
  void knowsNoNationalityAndNoAirline() {
    assertThat(List.of("Chinese", "American", "Saudi", "Emirates", "Us"))
        .noneMatch(WorldPlaces::knows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "South Korean, true", "East Timorese, true", "West African, true", "South Sudanese, true",
    "South Dakota, false", "North Star, false", "Korean, false", "Southern, false",
  })
  void knowsANationalityByItsPlaceAndACompassWord(String name, boolean nationality) {
    assertThat(WorldPlaces.isNationality(name)).isEqualTo(nationality);
  }

  @Test
  void namesACountryAsTheGlossaryNamesItsChineseName() {
    // 美国 is tagged "United States" on a Chinese article; an English article's "U.S." must
    // carry the same name, and so the same slug, to meet it on one tag page.
    List<String> glossaryPlaces = rows(GLOSSARY).stream()
        .filter(r -> r.length > 2 && r[2].equals("PLACE")).map(r -> r[1]).toList();

    assertThat(glossaryPlaces).filteredOn(WorldPlaces::knows)
        .hasSizeGreaterThan(80)
        .allMatch(english -> WorldPlaces.canonical(english).equals(english));
  }

  @Test
  void listsEveryNameOnce() {
    List<String> names = new ArrayList<>();
    rows(WorldPlaces.RESOURCE).forEach(r -> names.addAll(Arrays.asList(r)));

    assertThat(names).doesNotHaveDuplicates();
  }

  private static List<String[]> rows(String resource) {
    return BundledLines.of(resource).stream().map(line -> line.split("\t")).toList();
  }
}
