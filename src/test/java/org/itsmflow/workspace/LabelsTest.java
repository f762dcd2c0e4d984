package org.itsmflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Field names as people read them. */
class LabelsTest {

  @Test
  void camelCaseReadsAsWordsAndAbbreviationsStayCapitals() {
    assertThat(Labels.label("plannedStart")).isEqualTo("Planned start");
    assertThat(Labels.label("ciIds")).isEqualTo("CI IDs");
    assertThat(Labels.label("underChangeControl")).isEqualTo("Under change control");
    assertThat(Labels.label("status")).isEqualTo("Status");
    assertThat(Labels.label("slaDueAt")).isEqualTo("SLA due at");
  }
}
