package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandTableTest {
  private final BandTable table = new BandTable();

  private List<Integer> slots(long band) {
    List<Integer> out = new ArrayList<>();
    table.forEachSlot(band, out::add);
    return out;
  }

  @Test
  void aBandNobodyHasHasNoSlots() {
    table.add(7L, 1);
    assertThat(slots(8L)).isEmpty();
  }

  @Test
  void aSharedBandListsEverySlotInTheOrderAdded() {
    table.add(42L, 3);
    table.add(-42L, 4);
    table.add(42L, 9);
    table.add(42L, 5);

    assertThat(slots(42L)).containsExactly(3, 9, 5);
    assertThat(slots(-42L)).containsExactly(4);
  }

  @Test
  void keepsEveryBandWhileGrowingFarPastItsFirstCapacity() {
    for (int i = 0; i < 50_000; i++) {
      table.add(i * 0x100000001L, i);
    }
    assertThat(table.size()).isEqualTo(50_000);
    for (int i = 0; i < 50_000; i += 997) {
      assertThat(slots(i * 0x100000001L)).containsExactly(i);
    }
  }

  @Test
  void retainDropsTheSlotsItRejectsAndTheBandsLeftEmpty() {
    table.add(1L, 10);
    table.add(1L, 11);
    table.add(2L, 12);
    table.add(3L, 13);
    table.add(3L, 14);

    table.retain(slot -> slot != 10 && slot != 12 && slot != 14);

    assertThat(slots(1L)).containsExactly(11);
    assertThat(slots(2L)).isEmpty();
    assertThat(slots(3L)).containsExactly(13);
    assertThat(table.size()).isEqualTo(2);
  }
}
