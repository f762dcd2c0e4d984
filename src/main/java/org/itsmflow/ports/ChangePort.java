package org.itsmflow.ports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** What problem and release management ask of change management. */
public interface ChangePort {

  /**
   * A change as other processes see it.
   *
   * @param status as the API shows it, e.g. {@code in-release}
   * @param outcome successful or failed once implemented, else null
   */
  record ChangeFacts(String number, String title, String status, String outcome, String serviceCode,
      List<String> ciIds) {}

  /** The request for a change that fixes a problem, planned by the problem's investigation. */
  record FixRequest(String problemNumber, String title, String description, String category, String serviceCode,
      List<String> ciIds, int impact, String requestedBy, String implementationPlan, String backoutPlan,
      Boolean backoutTested, Instant plannedStart, Instant plannedEnd) {}

  /** How a release ended for one of its changes. */
  enum ReleaseOutcome {
    DEPLOYED, FAILED, REMOVED
  }

  /** 400 naming the field, 404 for an unknown service or CI: the checks the change's own API makes. */
  void validateFix(FixRequest request);

  /** Submits the change (its process starts); returns its number. */
  String requestFix(FixRequest request);

  /** The changes on this configuration item that have not ended, by number (the CMDB's CI page). */
  List<ChangeFacts> openOnCi(String ciId);

  /** These changes (unknown numbers left out), by number. */
  List<ChangeFacts> find(Collection<String> numbers);

  /**
   * For release planning: 404 naming {@code field} for an unknown change, 409 unless it is
   * authorised, on the schedule and in no other release.
   */
  void requireBundleable(String number, String field, String releaseNumber);

  /** The release deploys the change now: its process stops waiting for its own start. */
  void bundled(String changeNumber, String releaseNumber);

  /**
   * The release deployed the change (it is implemented now), rolled it back (failed now) or
   * removed it; nobody waiting (a repeated job) is fine.
   */
  void releaseOutcome(String changeNumber, String releaseNumber, ReleaseOutcome outcome, String notes);
}
