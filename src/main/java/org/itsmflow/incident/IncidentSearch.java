package org.itsmflow.incident;

import java.time.Instant;
import java.util.List;

/**
 * What the workspace's incident list asks for; null means "any".
 *
 * @param open true: new, in progress or on hold; false: resolved or closed; null: any status
 * @param text words in the number, title, description or work log (case-insensitive)
 * @param assignee who holds the open task
 * @param groups one of these assignment groups (an empty list matches nothing)
 * @param createdFrom created at or after
 * @param createdBefore created before
 */
record IncidentSearch(
    Boolean open, IncidentStatus status, Integer priority, String serviceCode, String group, List<String> groups,
    String assignee, Boolean breached, String text, Instant createdFrom, Instant createdBefore, Order order,
    int offset, int limit) {

  /** The orders a list can take. */
  enum Order {
    NEWEST("created_at DESC, number DESC"),
    OLDEST("created_at ASC, number ASC"),
    PRIORITY("priority ASC, created_at ASC, number ASC"),
    NUMBER("number ASC");

    final String sql;

    Order(String sql) {
      this.sql = sql;
    }
  }

  /** One page of the list and how many match in all. */
  record Page(List<Incident> incidents, long total) {}
}
