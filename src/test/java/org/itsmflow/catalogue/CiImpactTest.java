package org.itsmflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.itsmflow.catalogue.ConfigurationItem.Relation;
import org.itsmflow.support.Iso20000;
import org.junit.jupiter.api.Test;

/** What a CI's failure reaches, on a small CMDB whose answer is known by hand. */
@Iso20000({"8.2.6", "8.2.2"})
class CiImpactTest {

  // app-1 runs on vm-1, app-2 depends on app-1, vm-1 runs on host-1; db-1 is unrelated; a cycle
  // between app-2 and app-3 must not loop.
  private static final List<ConfigurationItem> CMDB = List.of(
      ci("CI-1", "host-1", List.of(), List.of()),
      ci("CI-2", "vm-1", List.of(), List.of(new Relation(CiRelationType.RUNS_ON, "CI-1"))),
      ci("CI-3", "app-1", List.of("PAYROLL"), List.of(new Relation(CiRelationType.RUNS_ON, "CI-2"))),
      ci("CI-4", "app-2", List.of("HR-PORTAL"), List.of(new Relation(CiRelationType.DEPENDS_ON, "CI-3"),
          new Relation(CiRelationType.DEPENDS_ON, "CI-6"))),
      ci("CI-5", "db-1", List.of("EMAIL"), List.of()),
      ci("CI-6", "app-3", List.of(), List.of(new Relation(CiRelationType.DEPENDS_ON, "CI-4"))));

  @Test
  void aHostsFailureReachesEverythingRunningOnItAndTheirServices() {
    CiImpact impact = CiImpact.of("CI-1", CMDB);

    assertThat(impact.upstream()).isEmpty();
    assertThat(impact.downstream()).extracting(CiImpact.Reached::id, CiImpact.Reached::depth)
        .containsExactly(tuple("CI-2", 1), tuple("CI-3", 2),
            tuple("CI-4", 3), tuple("CI-6", 4));
    assertThat(impact.services()).containsExactly("HR-PORTAL", "PAYROLL");
  }

  @Test
  void anApplicationsUpstreamIsWhatItRunsOnAndItsOwnServiceCounts() {
    CiImpact impact = CiImpact.of("CI-3", CMDB);

    assertThat(impact.upstream()).extracting(CiImpact.Reached::id).containsExactly("CI-2", "CI-1");
    assertThat(impact.upstream().get(0).relation()).isEqualTo("runs on");
    assertThat(impact.downstream()).extracting(CiImpact.Reached::id).containsExactly("CI-4", "CI-6");
    assertThat(impact.services()).containsExactly("HR-PORTAL", "PAYROLL");
  }

  @Test
  void anUnrelatedCiReachesOnlyItsOwnService() {
    CiImpact impact = CiImpact.of("CI-5", CMDB);

    assertThat(impact.upstream()).isEmpty();
    assertThat(impact.downstream()).isEmpty();
    assertThat(impact.services()).containsExactly("EMAIL");
  }

  private static ConfigurationItem ci(String id, String name, List<String> services, List<Relation> relations) {
    return new ConfigurationItem(id, "server", name, null, CiStatus.ACTIVE, "service-owners", false, services,
        relations);
  }
}
