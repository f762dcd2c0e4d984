package org.itsmflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's start-up CPU figures, without a JVM to measure. */
class StartupCpuTest {

  @Test
  void aThreadsCpuIsItsUserAndSystemTicksInMilliseconds() {
    String compiler = "4711 (C2 CompilerThre) S 1 4700 4700 0 -1 4194368 12 0 0 0 1795 7 0 0 20 0 24 0 3605 3057188 "
        + "79580 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0";

    assertThat(Benchmark.StartupCpu.cpuMs(compiler)).isEqualTo(18_020);
  }

  @Test
  void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
    String odd = "12 (a (b) c) R 1 12 12 0 -1 0 0 0 0 0 250 50 0 0 20 0 1 0 100 0 0";

    assertThat(Benchmark.StartupCpu.cpuMs(odd)).isEqualTo(3_000);
  }

  @Test
  void aFigureUnknownBeforeOrAfterStaysUnknown() {
    Benchmark.StartupCpu after = new Benchmark.StartupCpu(40_000, 20_000, 1_000);

    assertThat(after.minus(new Benchmark.StartupCpu(4_000, 2_000, 100)))
        .isEqualTo(new Benchmark.StartupCpu(36_000, 18_000, 900));
    assertThat(after.minus(new Benchmark.StartupCpu(-1, 2_000, 100)).processMs()).isEqualTo(-1);
    assertThat(new Benchmark.StartupCpu(40_000, -1, 1_000).minus(Benchmark.StartupCpu.NONE).compilersMs()).isEqualTo(-1);
  }
}
