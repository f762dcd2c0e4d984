package org.itsmflow.ports;

/**
 * The message change management sends the problem whose fix a change is, and what it carries:
 * one contract, read by both sides' models ({@code processes/*.bpmn} name it too).
 */
public final class ProcessMessages {

  /** To the problem whose fix the change is; business key = the problem number. */
  public static final String PROBLEM_FIX_CHANGE_COMPLETED = "ProblemFixChangeCompleted";

  /** The change's number. */
  public static final String CHANGE_NUMBER = "changeNumber";

  /** successful, failed or withdrawn. */
  public static final String CHANGE_OUTCOME = "changeOutcome";

  private ProcessMessages() {}
}
