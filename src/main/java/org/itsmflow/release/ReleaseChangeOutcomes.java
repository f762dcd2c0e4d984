package org.itsmflow.release;

import org.itsmflow.ports.ChangePort;
import org.springframework.stereotype.Component;

/**
 * Tells the changes still in a release how its deployment ended for them, through change
 * management's port. A change already told is no longer in the release, so telling twice (a
 * repeated job) changes nothing.
 */
@Component
class ReleaseChangeOutcomes {

  private final Releases releases;
  private final ChangePort changes;

  ReleaseChangeOutcomes(Releases releases, ChangePort changes) {
    this.releases = releases;
    this.changes = changes;
  }

  /** The release is deployed: its changes are implemented now. */
  void deployed(String number) {
    Release r = releases.get(number);
    String notes = "Deployed with release " + number + " (build " + r.buildVersion() + ") at " + r.deployedAt()
        + ": " + r.deploymentNotes();
    for (String change : releases.changesToBundle(number)) {
      changes.releaseOutcome(change, number, ChangePort.ReleaseOutcome.DEPLOYED, notes);
    }
  }
}
