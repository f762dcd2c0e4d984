package org.itsmflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A record's clocks are read once per transaction; what the transaction keeps is what the
 * database holds (whole minutes, whole seconds, microseconds), and a lock sees the latest
 * committed rows.
 */
class SlaClockRepositoryTest extends ApplicationTest {

  @Autowired SlaClockRepository repository;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void whatATransactionKeepsIsWhatTheDatabaseHolds() {
    String record = "INC-S" + UUID.randomUUID().toString().substring(0, 8);
    Instant now = Instant.parse("2026-12-03T08:15:30.123456789Z");
    List<List<SlaClock>> kept = new ArrayList<>();
    transaction().executeWithoutResult(status -> {
      assertThat(repository.lockAll(record)).isEmpty();
      repository.insert(clock(record, SlaTarget.RESPONSE, now));
      repository.insert(clock(record, SlaTarget.RESOLUTION, now));
      kept.add(repository.findAll(record));
      SlaClock response = kept.get(0).stream().filter(c -> c.target() == SlaTarget.RESPONSE).findFirst().orElseThrow();
      // Banked time with a fraction of a second, which the table keeps in whole seconds.
      repository.update(response.withTimer(new SlaTimer(Duration.ofMinutes(30), 75,
          Duration.ofMillis(61_500).plusNanos(7), null)).stopped(now.plusNanos(501), response.timer()));
      kept.add(repository.lockAll(record));
    });

    List<SlaClock> stored = transaction().execute(status -> repository.findAll(record));
    assertThat(kept.get(0)).hasSize(2);
    assertThat(kept.get(1)).containsExactlyElementsOf(stored);
    assertThat(stored).extracting(SlaClock::startedAt).containsOnly(Instant.parse("2026-12-03T08:15:30.123457Z"));
  }

  @Test
  void readsAreKeptButALockSeesTheLatestCommittedRows() {
    String record = "INC-S" + UUID.randomUUID().toString().substring(0, 8);
    Instant now = Instant.now();
    transaction().executeWithoutResult(status -> repository.insert(clock(record, SlaTarget.RESPONSE, now)));
    TransactionTemplate separately = transaction();
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    transaction().executeWithoutResult(status -> {
      assertThat(repository.findAll(record)).extracting(SlaClock::notifyGroup).containsExactly("service-desk");
      separately.executeWithoutResult(other -> repository.update(repository.lockAll(record).get(0)
          .notifying("second-level")));
      assertThat(repository.findAll(record)).as("read again").extracting(SlaClock::notifyGroup)
          .containsExactly("service-desk");
      assertThat(repository.lockAll(record)).as("locked").extracting(SlaClock::notifyGroup)
          .containsExactly("second-level");
      SlaClock one = repository.findAll(record).get(0);
      separately.executeWithoutResult(other -> assertThat(repository.findAll(record)).hasSize(1));
      assertThat(repository.lock(one.id())).map(SlaClock::notifyGroup).hasValue("second-level");
    });
  }

  @Test
  void aNewGroupReachesEveryClockOfTheRecordAndWhatTheTransactionKeeps() {
    String record = "INC-S" + UUID.randomUUID().toString().substring(0, 8);
    String other = "INC-S" + UUID.randomUUID().toString().substring(0, 8);
    Instant now = Instant.now();
    transaction().executeWithoutResult(status -> {
      repository.insert(clock(record, SlaTarget.RESPONSE, now));
      repository.insert(clock(record, SlaTarget.RESOLUTION, now));
      repository.insert(clock(other, SlaTarget.RESPONSE, now));
    });

    List<SlaClock> kept = transaction().execute(status -> {
      repository.lockAll(record);
      repository.notifyGroup(record, "second-level");
      return repository.lockAll(record);
    });

    List<SlaClock> stored = transaction().execute(status -> repository.findAll(record));
    List<SlaClock> untouched = transaction().execute(status -> repository.findAll(other));
    assertThat(kept).extracting(SlaClock::notifyGroup).containsExactly("second-level", "second-level");
    assertThat(stored).containsExactlyElementsOf(kept);
    assertThat(untouched).extracting(SlaClock::notifyGroup).containsExactly("service-desk");
  }

  private TransactionTemplate transaction() {
    return new TransactionTemplate(transactions);
  }

  private static SlaClock clock(String record, SlaTarget target, Instant now) {
    return new SlaClock(UUID.randomUUID().toString(), record, target, null, 3, "24x7",
        SlaTimer.start(Duration.ofMinutes(30), 75, now), now, now.plusSeconds(1350), now.plusSeconds(1800), null,
        null, null, "service-desk", "incident-managers", null, true);
  }
}
