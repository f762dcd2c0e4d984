package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Values kept for one transaction, on a plain H2 database and Spring's transaction manager, without a context. */
class TransactionScopedTest {

  private final DriverManagerDataSource dataSource =
      new DriverManagerDataSource("jdbc:h2:mem:transaction-scoped;DB_CLOSE_DELAY=-1", "sa", "");
  private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
  private final TransactionTemplate transaction = new TransactionTemplate(transactions);
  private final TransactionScoped<String, String> kept = new TransactionScoped<>(dataSource);

  @Test
  void keepsNothingOutsideATransaction() {
    kept.put("INC-000001", "read");

    assertThat(kept.get("INC-000001")).isEmpty();
    AtomicInteger loads = new AtomicInteger();
    kept.get("INC-000001", () -> Optional.of("loaded " + loads.incrementAndGet()));
    assertThat(kept.get("INC-000001", () -> Optional.of("loaded " + loads.incrementAndGet()))).hasValue("loaded 2");
  }

  @Test
  void keepsAValueForTheRestOfItsTransactionOnly() {
    AtomicInteger loads = new AtomicInteger();
    transaction.executeWithoutResult(status -> {
      assertThat(kept.get("INC-000001", () -> Optional.of("loaded " + loads.incrementAndGet()))).hasValue("loaded 1");
      assertThat(kept.get("INC-000001", () -> Optional.of("loaded " + loads.incrementAndGet()))).hasValue("loaded 1");
      kept.put("INC-000001", "written");
      assertThat(kept.get("INC-000001")).hasValue("written");
      kept.forget("INC-000001");
      assertThat(kept.get("INC-000001")).isEmpty();
      kept.put("INC-000002", "written");
    });
    assertThat(loads).hasValue(1);

    transaction.executeWithoutResult(status -> assertThat(kept.get("INC-000002")).isEmpty());
  }

  @Test
  void nothingLoadedIsKept() {
    transaction.executeWithoutResult(status -> {
      assertThat(kept.get("INC-000404", Optional::empty)).isEmpty();
      assertThat(kept.get("INC-000404", () -> Optional.of("created meanwhile"))).hasValue("created meanwhile");
    });
  }

  @Test
  void aRolledBackTransactionLeavesNothing() {
    transaction.executeWithoutResult(status -> {
      kept.put("INC-000001", "written, then rolled back");
      status.setRollbackOnly();
    });

    transaction.executeWithoutResult(status -> assertThat(kept.get("INC-000001")).isEmpty());
  }

  @Test
  void aNewTransactionInsideSeesNothingOfTheOuterOneAndKeepsNothingForIt() {
    TransactionTemplate separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    transaction.executeWithoutResult(outer -> {
      kept.put("INC-000001", "outer, uncommitted");
      separately.executeWithoutResult(inner -> {
        // The outer transaction's uncommitted values are not the inner one's to see.
        assertThat(kept.get("INC-000001")).isEmpty();
        kept.put("INC-000001", "inner");
        assertThat(kept.get("INC-000001")).isEmpty();
      });
      assertThat(kept.get("INC-000001")).hasValue("outer, uncommitted");
    });

    transaction.executeWithoutResult(outer -> {
      separately.executeWithoutResult(inner -> {
        kept.put("INC-000002", "inner");
        assertThat(kept.get("INC-000002")).hasValue("inner");
      });
      assertThat(kept.get("INC-000002")).isEmpty();
      kept.put("INC-000002", "outer");
      assertThat(kept.get("INC-000002")).hasValue("outer");
    });
  }

  @Test
  void aJoiningTransactionSharesTheValues() {
    TransactionTemplate joining = new TransactionTemplate(transactions);
    joining.setReadOnly(true);
    transaction.executeWithoutResult(outer -> {
      kept.put("INC-000001", "outer");
      joining.executeWithoutResult(inner -> assertThat(kept.get("INC-000001")).hasValue("outer"));
    });
  }
}
