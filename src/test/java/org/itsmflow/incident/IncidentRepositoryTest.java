package org.itsmflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An incident read in a transaction is read from the database once; what the transaction keeps is
 * what the database holds, and a lock always sees the latest committed row.
 */
class IncidentRepositoryTest extends ApplicationTest {

  @Autowired IncidentRepository repository;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void whatATransactionKeepsIsWhatTheDatabaseHolds() {
    IncidentProcessTest.ensureService(jdbc);
    String number = "INC-R" + UUID.randomUUID().toString().substring(0, 8);
    // Nanoseconds, which the database's timestamps do not keep.
    Instant created = Instant.parse("2026-12-03T08:15:30.123456789Z");
    Incident[] kept = new Incident[2];
    transaction().executeWithoutResult(status -> {
      repository.insert(incident(number, created));
      kept[0] = repository.find(number).orElseThrow();
      Incident locked = repository.lock(number).orElseThrow();
      repository.update(locked.with(2, IncidentStatus.IN_PROGRESS, "second-level", true)
          .withResolution(IncidentStatus.RESOLVED, "fixed", "Replaced the toner", created.plusNanos(999)));
      kept[1] = repository.find(number).orElseThrow();
    });

    Incident stored = transaction().execute(status -> repository.find(number).orElseThrow());
    assertThat(kept[1]).isEqualTo(stored);
    assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-12-03T08:15:30.123457Z"));
    assertThat(stored.priority()).isEqualTo(2);
    assertThat(stored.assignmentGroup()).isEqualTo("second-level");
    assertThat(kept[0].createdAt()).isEqualTo(stored.createdAt());
  }

  @Test
  void aPlainReadIsKeptButALockReadsTheLatestCommittedRow() {
    IncidentProcessTest.ensureService(jdbc);
    String number = "INC-R" + UUID.randomUUID().toString().substring(0, 8);
    transaction().executeWithoutResult(status -> repository.insert(incident(number, Instant.now())));
    TransactionTemplate separately = transaction();
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    transaction().executeWithoutResult(status -> {
      assertThat(repository.find(number)).map(Incident::priority).hasValue(4);
      // Another request changes the incident meanwhile and commits.
      separately.executeWithoutResult(other -> {
        Incident theirs = repository.lock(number).orElseThrow();
        repository.update(theirs.with(1, IncidentStatus.IN_PROGRESS, "service-desk", true));
      });
      assertThat(repository.find(number)).as("read again: as first read").map(Incident::priority).hasValue(4);
      assertThat(repository.lock(number)).as("locked: as committed").map(Incident::priority).hasValue(1);
      assertThat(repository.find(number)).as("after the lock").map(Incident::major).hasValue(true);
    });
  }

  @Test
  void changedDetailsAreReadAgain() {
    IncidentProcessTest.ensureService(jdbc);
    String number = "INC-R" + UUID.randomUUID().toString().substring(0, 8);
    transaction().executeWithoutResult(status -> {
      repository.insert(incident(number, Instant.now()));
      repository.updateDetails(number, "Printer on fire", "Smoke from tray 2", null, "hardware");
      repository.updateImpact(number, 1, 1);
      Incident read = repository.find(number).orElseThrow();
      assertThat(read.title()).isEqualTo("Printer on fire");
      assertThat(read.impact()).isEqualTo(1);
      // An update from an incident read before the details changed keeps the new details.
      repository.update(read.with(1, IncidentStatus.IN_PROGRESS, "service-desk", false));
      assertThat(repository.find(number)).map(Incident::title).hasValue("Printer on fire");
    });
    Optional<Incident> committed = transaction().execute(status -> repository.find(number));
    assertThat(committed).map(Incident::category).hasValue("hardware");
  }

  @Test
  void nothingIsKeptForAMissingIncident() {
    String number = "INC-R" + UUID.randomUUID().toString().substring(0, 8);
    transaction().executeWithoutResult(status -> {
      assertThat(repository.find(number)).isEmpty();
      assertThat(repository.lock(number)).isEmpty();
    });
  }

  private TransactionTemplate transaction() {
    return new TransactionTemplate(transactions);
  }

  private static Incident incident(String number, Instant created) {
    return new Incident(number, "Printer jam", "Tray 2", IncidentProcessTest.SERVICE, null, null, 3, 3, 4,
        IncidentStatus.NEW, "service-desk", false, "repository-test", "phone", null, null, created, null, null,
        null, null);
  }
}
