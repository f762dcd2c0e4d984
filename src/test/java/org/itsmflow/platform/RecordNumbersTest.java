package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.itsmflow.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A number given back by a failed creation is handed out once; concurrent creations never share one. */
class RecordNumbersTest extends ApplicationTest {

  @Autowired RecordNumbers numbers;
  @Autowired TransactionTemplate transaction;

  @Test
  void aReturnedNumberIsTakenOnceEvenWhenItsTakerFailsAgain() throws Exception {
    String returned = inFailingTransaction();
    assertThat(inFailingTransaction()).as("taken again, returned again").isEqualTo(returned);

    // One transaction holds the returned number; a concurrent one gets another number, not the same.
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
      String number = numbers.next("OBJ");
      holding.countDown();
      await(release);
      return number;
    }));
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    String second = transaction.execute(status -> numbers.next("OBJ"));
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(returned);
    assertThat(second).isNotEqualTo(returned);
    String third = transaction.execute(status -> numbers.next("OBJ"));
    assertThat(third).as("nothing left to hand out again").isNotIn(returned, second);
  }

  @Test
  void aPrefixMustBeCapitalLetters() {
    assertThatThrownBy(() -> numbers.next("inc")).isInstanceOf(IllegalArgumentException.class);
  }

  private String inFailingTransaction() {
    String[] taken = new String[1];
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      taken[0] = numbers.next("OBJ");
      throw new IllegalStateException("failed");
    })).hasMessage("failed");
    return taken[0];
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
