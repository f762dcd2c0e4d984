package org.itsmflow.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.itsmflow.catalogue.CiRequest;
import org.itsmflow.catalogue.ConfigurationItems;
import org.springframework.jdbc.core.JdbcTemplate;

/** Catalogue records of one test alone, so that schedules, trends and counts of tests sharing a database do not mix. */
public final class Fixtures {

  private static final AtomicInteger SERVICES = new AtomicInteger();

  private Fixtures() {}

  /** A live 24x7 service owned by service-owners; criticality 1 (critical) to 3 (low). */
  public static String service(JdbcTemplate jdbc, int criticality) {
    String code = "T" + SERVICES.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000);
    jdbc.update("INSERT INTO itsm_service (code, name, owner_group, criticality, status, calendar_id) "
        + "VALUES (?, 'Test service', 'service-owners', ?, 'LIVE', '24x7')", code, criticality);
    return code;
  }

  /** An active server CI under change control supporting the service. */
  public static String ci(ConfigurationItems cis, String service) {
    return cis.create(new CiRequest("server", "Test server", null, "active", "service-owners", true,
        List.of(service), List.of())).id();
  }
}
