package org.itsmflow.record;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One action a user takes on a record through its process: the user task it completes or the
 * message it sends, and the statuses that allow it. Each record API declares its steps once, next
 * to the BPMN ids they name; {@link RecordProcess} guards and performs them.
 *
 * @param action what the user does, as the 409 says it: "PRB-000001 is closed: cannot be reopened"
 * @param taskKeys the BPMN ids of the user tasks it completes, the first open one in this order
 *     (a decision a manager or a board takes, whichever the process awaits); empty for a message
 * @param callersOwn whether the task is one assigned to each user (a CAB member's vote): the caller's own
 *     task, none of which is open (409) when the caller has none
 * @param message the message it correlates, or null for a task
 * @param allowedIn the stored names of the statuses that allow it; empty: any status but an ended one
 */
public record Step(String action, List<String> taskKeys, boolean callersOwn, String message, Set<String> allowedIn) {

  /** Completes the open task {@code taskKey}; allowed only in these statuses. */
  public static Step task(String action, String taskKey, RecordStatus... allowedIn) {
    return new Step(action, List.of(taskKey), false, null, names(allowedIn));
  }

  /** Completes the open task of this kind assigned to the caller (one per user). */
  public static Step ownTask(String action, String taskKey, RecordStatus... allowedIn) {
    return new Step(action, List.of(taskKey), true, null, names(allowedIn));
  }

  /** Completes whichever of these tasks is open, looked for in this order. */
  public static Step anyTask(String action, List<String> taskKeys, RecordStatus... allowedIn) {
    return new Step(action, List.copyOf(taskKeys), false, null, names(allowedIn));
  }

  /** Sends the process {@code message}; allowed only in these statuses (none given: while not ended). */
  public static Step message(String action, String message, RecordStatus... allowedIn) {
    return new Step(action, List.of(), false, message, names(allowedIn));
  }

  /** Whether a record in this status may take the step. */
  public boolean allows(RecordHeader record) {
    return allowedIn.isEmpty() ? !record.ended() : allowedIn.contains(record.storedStatus());
  }

  private static Set<String> names(RecordStatus... statuses) {
    return List.of(statuses).stream().map(RecordStatus::name).collect(Collectors.toUnmodifiableSet());
  }
}
