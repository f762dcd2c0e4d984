package org.itsmflow.portal;

import java.util.function.Function;
import org.itsmflow.ports.RequesterTickets.Ticket;

/** What happens next to a ticket, in the words its requester reads in the portal and in e-mails. */
final class NextStep {

  private NextStep() {}

  /**
   * @param groupName a group's name for people (its id when it has none)
   * @param rated whether the requester has rated the closed ticket
   */
  static String of(Ticket t, Function<String, String> groupName, boolean rated) {
    String group = t.workingGroup() == null ? "the service desk" : groupName.apply(t.workingGroup());
    String closed = rated ? "Closed. Thank you for your rating." : "Closed. Please tell us how we did: rate it below.";
    if ("incident".equals(t.kind())) {
      return switch (t.status()) {
        case "new" -> "Received. The service desk will pick it up shortly.";
        case "in-progress" -> "Being worked on by " + group + ".";
        case "on-hold" -> "On hold: " + group + " waits for something outside its control and will resume it.";
        case "resolved" -> "Resolved. Please confirm that it works again, or reopen it and say what is still wrong.";
        case "closed" -> closed;
        default -> t.status();
      };
    }
    return switch (t.status()) {
      case "submitted" -> "Received. It is being checked.";
      case "awaiting-approval" -> "Waiting for approval by " + (t.approval() == null ? "the service owner"
          : "service-owners".equals(t.approval()) ? "the service's owners" : t.approval()) + ".";
      case "in-fulfilment" -> "Being fulfilled by " + group + ".";
      case "awaiting-requester" -> "Waiting for your answer: " + t.question();
      case "fulfilled" -> "Done. Please confirm, or say what is missing.";
      case "closed" -> closed;
      case "rejected" -> "Not approved.";
      case "cancelled" -> "It cannot be done; the updates below say why.";
      case "withdrawn" -> "Withdrawn.";
      default -> t.status();
    };
  }

  /** A status as people read it: {@code awaiting-approval} reads "Awaiting approval". */
  static String label(String status) {
    String words = status.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
