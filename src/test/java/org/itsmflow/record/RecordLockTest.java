package org.itsmflow.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itsmflow.support.Json.send;
import static org.springframework.http.HttpMethod.POST;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.support.Fixtures;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two users acting on one record take turns: the kernel locks the record's row for the
 * transaction, so the second reads the status the first left (no lost update).
 */
class RecordLockTest extends ApplicationTest {

  @Autowired Records records;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSecondActionWaitsForTheFirstAndSeesWhatItDid() throws Exception {
    String agent = user("lock-agent", RoleGroup.SERVICE_DESK.id());
    String number = send(as(agent), POST, "/api/improvements", "{\"title\": \"Lock test\", "
        + "\"description\": \"Two at once\"}").getBody().path("improvement").path("number").asText();

    RecordHeader seen = secondAfterFirst(number, "UPDATE itsm_improvement SET status = 'REJECTED' WHERE number = ?");

    assertThat(seen.status()).isEqualTo("rejected");
    assertThat(seen.ended()).isTrue();
  }

  /** An incident is locked by its own package (which keeps the row for the step): it locks all the same. */
  @Test
  void anIncidentLockedThroughItsPackageWaitsAndSeesWhatTheFirstDid() throws Exception {
    String agent = user("lock-agent", RoleGroup.SERVICE_DESK.id());
    String service = Fixtures.service(jdbc, 2);
    String number = send(as(agent), POST, "/api/incidents", """
        {"title": "Lock test", "description": "Two at once", "serviceCode": "%s", "impact": 3, "urgency": 3,
         "channel": "phone"}
        """.formatted(service)).getBody().path("number").asText();
    assertThat(transaction.execute(status -> records.lock(number)).status()).isEqualTo("new");

    RecordHeader seen = secondAfterFirst(number, "UPDATE itsm_incident SET status = 'CLOSED' WHERE number = ?");

    assertThat(seen.type()).isEqualTo(RecordType.INCIDENT);
    assertThat(seen.status()).isEqualTo("closed");
    assertThat(seen.ended()).isTrue();
    assertThatThrownBy(() -> transaction.execute(status -> records.lock("INC-999999")))
        .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("INC-999999");
  }

  /** The first transaction locks the record and changes it; the second locks it meanwhile. */
  private RecordHeader secondAfterFirst(String number, String change) throws Exception {
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
      records.lock(number);
      locked.countDown();
      await(release);
      jdbc.update(change, number);
    }));
    assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<RecordHeader> second = CompletableFuture.supplyAsync(() ->
        transaction.execute(status -> records.lock(number)));

    // Held by the first transaction, the row cannot be read for update by the second.
    assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
    release.countDown();
    first.get(10, TimeUnit.SECONDS);

    return second.get(10, TimeUnit.SECONDS);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
