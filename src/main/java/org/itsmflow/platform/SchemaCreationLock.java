package org.itsmflow.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Nodes of a cluster that start together on a new PostgreSQL database would each create the
 * engine's tables, and all but one fail ("duplicate key value violates unique constraint"; found
 * by ClusterIT). The engine creates or checks its schema between its configuration's init and the
 * engine's build: a PostgreSQL advisory lock held over that span lets one node create the tables
 * while the others wait, then find them. The lock belongs to a connection of its own, so a node
 * that dies meanwhile releases it. H2 runs one node and needs none.
 */
@Component
public class SchemaCreationLock extends AbstractProcessEnginePlugin {

  // Any constant: nodes of one installation agree on it; it names nothing else in the database.
  private static final long LOCK_KEY = 0x1754_F10_0001L;

  private Connection holder;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    try {
      holder = configuration.getDataSource().getConnection();
      holder.setAutoCommit(true);
      try (Statement lock = holder.createStatement()) {
        lock.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
      }
    } catch (SQLException e) {
      release();
      throw new ProcessEngineException("Cannot take the lock for creating the engine's tables", e);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    release();
  }

  private void release() {
    if (holder == null) {
      return;
    }
    try (Connection connection = holder; Statement unlock = connection.createStatement()) {
      unlock.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
    } catch (SQLException e) {
      // Closing the connection ends its session, which releases the lock anyway.
    } finally {
      holder = null;
    }
  }
}
