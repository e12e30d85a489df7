package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Chinese news names a major accident or disaster by its date in quotes (“11·21”火灾, “7·20”特大暴雨):
 * two reports naming different such dates are about different incidents.
 */
class IncidentCodesTest {
  @Test
  void readsTheQuotedMonthAndDayOfAnIncident() {
    assertThat(IncidentCodes.of("国务院调查组就“11·21”特别重大火灾事故答记者问"))
        .containsExactly(1121);
    assertThat(IncidentCodes.of("“4·18”火灾事故调查组成立，\"7•20\"暴雨复盘")).containsExactly(418, 720);
  }

  @Test
  void acceptsTheUsualDotsAndQuotes() {
    assertThat(IncidentCodes.of("「3・21」空难")).containsExactly(321);
    assertThat(IncidentCodes.of("‘8‧12’爆炸")).containsExactly(812);
  }

  @Test
  void ignoresNumbersThatAreNoDate() {
    assertThat(IncidentCodes.of("市值“3.5”万亿、‘8.12’，增长“13·40”")).isEmpty();
    assertThat(IncidentCodes.of("11·21特别重大火灾（未加引号）")).isEmpty();
    assertThat(IncidentCodes.of("股价上涨3.5%，“0·0”")).isEmpty();
  }

  @Test
  void twoReportsConflictOnlyWhenBothNameIncidentsAndShareNone() {
    int[] henan = IncidentCodes.of("安阳“11·21”火灾");
    int[] beijing = IncidentCodes.of("北京“4·18”火灾");
    int[] review = IncidentCodes.of("从“4·18”到“11·21”：消防安全检查");
    int[] none = IncidentCodes.of("一仓库发生火灾");

    assertThat(IncidentCodes.conflict(henan, beijing)).isTrue();
    assertThat(IncidentCodes.conflict(henan, review)).isFalse();
    assertThat(IncidentCodes.conflict(henan, none)).isFalse();
    assertThat(IncidentCodes.conflict(none, none)).isFalse();
  }
}
