package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A weak join undone: a report of another story that barely joined one (a shared city and a
 * shared word), followed by reports of its own story, splits off with them once they outgrow the
 * story they joined. Reports written here, in English.
 */
class WeakJoinSplitTest {
  static final Instant START = Instant.parse("2025-01-05T08:00:00Z");

  static final String[][] ICE_FESTIVAL = {
    {"Harbin ice festival opens with sculptures of frozen castles",
        "The Harbin ice and snow festival opened with giant sculptures carved from river ice."},
    {"Crowds visit Harbin ice festival sculptures on opening weekend",
        "Visitors queued for the frozen castles and ice slides at the snow festival park."},
    {"Harbin ice festival carvers finish sculptures of frozen palaces",
        "Carvers cut blocks of river ice into palaces and towers for the snow festival."},
    {"Snow festival in Harbin draws record crowds to ice sculptures",
        "The ice sculptures and snow slides at the festival drew record crowds of visitors."},
  };

  static final String[][] SUBWAY = {
    {"Harbin subway line opens to passengers",
        "A new subway line in Harbin opened to passengers, linking the airport to the railway"
            + " station with twelve stations."},
    {"Harbin subway line carries first passengers between airport and railway station",
        "Trains on the new subway line ran every six minutes between the airport and the"
            + " railway station."},
    {"Passengers ride new Harbin subway line from airport to railway station",
        "Commuters said the subway line cut the trip from the airport to the railway station to"
            + " forty minutes."},
    {"Harbin subway line timetable: trains every six minutes to the airport",
        "The subway operator published the timetable of the airport line, with trains every six"
            + " minutes to the railway station."},
    {"Airport subway line in Harbin adds night trains for passengers",
        "The operator of the airport subway line said night trains to the railway station start"
            + " next month for passengers."},
  };

  private final List<StoryArticle> placed = new ArrayList<>();

  /** Report {@code id} of {@code text} (headline, lead), published {@code id} hours after START. */
  static StoryArticle article(long id, String[] text) {
    return new StoryArticle(id, START.plus(Duration.ofHours(id)), "en", text[0],
        List.of(text[1]), text[0], List.of(text[1]), Set.of(), "outlet-" + id);
  }

  @Test
  void theReportsThatFollowedAWeakJoinSplitOffAsAStoryOfTheirOwn() {
    StoryClusterer clusterer = new StoryClusterer(id -> null);
    List<StoryAssignment> places = new ArrayList<>();
    for (String[][] story : List.of(ICE_FESTIVAL, SUBWAY)) {
      for (String[] text : story) {
        StoryArticle a = article(placed.size() + 1, text);
        placed.add(a);
        places.add(clusterer.assign(a));
      }
    }
    List<Long> stories = new ArrayList<>();
    for (StoryArticle a : placed) {
      stories.add(clusterer.placeOf(a.id()).orElseThrow().storyId());
    }
    assertThat(places.get(4).storyId()).as("the first subway report joined on arrival")
        .isEqualTo(1L);
    assertThat(clusterer.takeMoved()).as("split off").containsExactly(5L, 6L, 7L, 8L, 9L);
    assertThat(stories.subList(0, 4)).as("ice festival").containsOnly(1L);
    assertThat(stories.subList(4, 9)).as("subway").containsOnly(5L);
  }
}
