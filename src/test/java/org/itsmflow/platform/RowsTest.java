package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Queries over many keys stay under the driver's parameter limit, in key order. */
class RowsTest {

  @Test
  void keysAreQueriedInSortedChunksOfAThousand() {
    List<String> keys = new ArrayList<>(IntStream.range(0, 2500).mapToObj(i -> String.format("INC-%06d", i)).toList());
    java.util.Collections.reverse(keys);
    keys.add("INC-000001");
    List<Integer> sizes = new ArrayList<>();

    List<String> rows = Rows.inChunks(keys, chunk -> {
      sizes.add(chunk.size());
      return chunk;
    });

    assertThat(sizes).containsExactly(1000, 1000, 500);
    assertThat(rows).hasSize(2500).isSorted().startsWith("INC-000000", "INC-000001");
    assertThat(Rows.placeholders(List.of("a", "b", "c"))).isEqualTo("?, ?, ?");
    assertThat(Rows.inChunks(List.of(), chunk -> List.of("never"))).isEmpty();
  }
}
