package org.itsmflow.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.itsmflow.catalogue.CiRequest;
import org.itsmflow.catalogue.ConfigurationItem;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.platform.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines (ISO 20000 8.5.3: the affected CIs are baselined before deployment): each affected
 * CI record as it was, kept as JSON with the release, compared with the CI as it is now, and
 * written back on rollback (the CMDB history records the restore like any other update).
 */
@Component
class ReleaseBaselines {

  private final JdbcTemplate jdbc;
  private final ConfigurationItems cis;
  private final ObjectMapper json;

  ReleaseBaselines(JdbcTemplate jdbc, ConfigurationItems cis, ObjectMapper json) {
    this.jdbc = jdbc;
    this.cis = cis;
    this.json = json;
  }

  /** One CI: as it was at the baseline, as it is now, and which fields differ. */
  record Entry(String ciId, Instant takenAt, Instant restoredAt, ConfigurationItem baseline,
      ConfigurationItem current, List<String> differences) {}

  /** Takes the baseline of these CIs (again for a new revision: the latest state counts). */
  @Transactional
  int take(String release, List<String> ciIds) {
    jdbc.update("DELETE FROM itsm_release_baseline WHERE release_number = ?", release);
    Instant now = EngineClock.now();
    for (String id : ciIds) {
      jdbc.update("INSERT INTO itsm_release_baseline (release_number, ci_id, taken_at, snapshot) VALUES (?, ?, ?, ?)",
          release, id, ReleaseRepository.ts(now), write(cis.get(id)));
    }
    return ciIds.size();
  }

  /** Writes every baselined CI record back that differs from its baseline; returns the restored ids. */
  @Transactional
  List<String> restore(String release) {
    List<String> restored = new ArrayList<>();
    for (Entry e : compare(release)) {
      if (e.restoredAt() != null || e.differences().isEmpty()) {
        continue;
      }
      ConfigurationItem b = e.baseline();
      cis.restoreBaseline(b.id(), new CiRequest(b.type(), b.name(), b.description(), b.status().name(), b.ownerGroup(),
          b.underChangeControl(), b.services(), b.relations().stream()
              .map(r -> new CiRequest.RelationRequest(r.relation().name(), r.target())).toList()), release);
      jdbc.update("UPDATE itsm_release_baseline SET restored_at = ? WHERE release_number = ? AND ci_id = ?",
          ReleaseRepository.ts(EngineClock.now()), release, b.id());
      restored.add(b.id());
    }
    return restored;
  }

  @Transactional(readOnly = true)
  List<Entry> compare(String release) {
    return jdbc.query("SELECT ci_id, taken_at, restored_at, snapshot FROM itsm_release_baseline "
        + "WHERE release_number = ? ORDER BY ci_id", (rs, i) -> {
          ConfigurationItem baseline = read(rs.getString(4));
          ConfigurationItem current = cis.get(rs.getString(1));
          return new Entry(rs.getString(1), ReleaseRepository.instant(rs.getTimestamp(2)),
              ReleaseRepository.instant(rs.getTimestamp(3)), baseline, current, differences(baseline, current));
        }, release);
  }

  static List<String> differences(ConfigurationItem a, ConfigurationItem b) {
    List<String> fields = new ArrayList<>();
    check(fields, "type", a.type(), b.type());
    check(fields, "name", a.name(), b.name());
    check(fields, "description", a.description(), b.description());
    check(fields, "status", a.status(), b.status());
    check(fields, "ownerGroup", a.ownerGroup(), b.ownerGroup());
    check(fields, "underChangeControl", a.underChangeControl(), b.underChangeControl());
    check(fields, "services", a.services(), b.services());
    check(fields, "relations", a.relations(), b.relations());
    return fields;
  }

  private static void check(List<String> fields, String name, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      fields.add(name);
    }
  }

  private String write(ConfigurationItem ci) {
    try {
      return json.writeValueAsString(ci);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CI " + ci.id() + " cannot be written as JSON", e);
    }
  }

  private ConfigurationItem read(String snapshot) {
    try {
      return json.readValue(snapshot, ConfigurationItem.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A baseline snapshot cannot be read", e);
    }
  }
}
