package org.itsmflow.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A database row lock held until the surrounding transaction ends. Nodes of a shared-database
 * cluster take it before one-time work, so the second node waits and then sees the first
 * node's result instead of repeating it.
 */
@Component
public class ClusterLock {

  public enum Name {
    STARTUP("startup"),
    MODEL_DEPLOYMENT("model-deployment");

    private final String row;

    Name(String row) {
      this.row = row;
    }
  }

  private final JdbcTemplate jdbc;

  public ClusterLock(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void acquire(Name name) {
    jdbc.queryForObject("SELECT name FROM itsm_lock WHERE name = ? FOR UPDATE", String.class, name.row);
  }
}
