package org.itsmflow.ports;

/**
 * The messages change management sends the problem or release that waits on a change, and what
 * they carry: one contract, read by both sides' models ({@code processes/*.bpmn} name them too).
 */
public final class ProcessMessages {

  /** To the problem whose fix the change is; business key = the problem number. */
  public static final String PROBLEM_FIX_CHANGE_COMPLETED = "ProblemFixChangeCompleted";

  /** To the release that bundles the change; business key = the release number. */
  public static final String RELEASE_CHANGE_COMPLETED = "ReleaseChangeCompleted";

  /** The change's number. */
  public static final String CHANGE_NUMBER = "changeNumber";

  /** successful, failed or withdrawn. */
  public static final String CHANGE_OUTCOME = "changeOutcome";

  private ProcessMessages() {}
}
