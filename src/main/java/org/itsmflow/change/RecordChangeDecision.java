package org.itsmflow.change;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.itsmflow.change.ChangeProcess.Elements;
import org.itsmflow.change.ChangeProcess.Variables;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * change-management, every authorisation task (complete): who decided what, when, and why.
 * The vote of a CAB member stays in the vote task; the other decisions become the process's
 * "decision" for the gateway that follows.
 */
@Component("recordChangeDecision")
class RecordChangeDecision implements TaskListener {

  private static final Map<String, String> KINDS = Map.of(
      Elements.AUTHORISE, "change-manager",
      Elements.CAB_VOTE, "cab-vote",
      Elements.ESCALATE_CAB, "cab-escalation",
      Elements.ECAB_APPROVAL, "ecab",
      Elements.RETROSPECTIVE, "retrospective");

  private final ChangeAuthorisation authorisation;
  private final CurrentUser currentUser;

  RecordChangeDecision(ChangeAuthorisation authorisation, CurrentUser currentUser) {
    this.authorisation = authorisation;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    String kind = KINDS.get(task.getTaskDefinitionKey());
    if (kind == null) {
      throw new IllegalStateException("recordChangeDecision is not meant for " + task.getTaskDefinitionKey());
    }
    String by = task.getAssignee() != null ? task.getAssignee() : currentUser.id();
    String decisionField = kind.equals("cab-vote") ? Variables.VOTE : Variables.AUTHORISATION;
    String decision = Variables.text(task, decisionField);
    if (decision == null) {
      throw new InvalidFieldException(decisionField, "required");
    }
    String comment = Variables.text(task, Variables.COMMENT);
    authorisation.recordDecision(Variables.number(task), kind, task.getId(), by, decision, comment);
    if (kind.equals("cab-vote")) {
      return;
    }
    if (!kind.equals("retrospective")) {
      boolean approved = Variables.APPROVE.equals(decision.trim());
      task.getExecution().setVariable(Variables.DECISION, approved ? Variables.APPROVED : Variables.REJECTED);
      task.getExecution().setVariable(Variables.DECISION_REASON, label(kind) + " " + by + ": " + comment);
    }
    // The next decision task starts with an empty form.
    task.getExecution().removeVariable(Variables.AUTHORISATION);
    task.getExecution().removeVariable(Variables.COMMENT);
  }

  private static String label(String kind) {
    return switch (kind) {
      case "change-manager" -> "Change manager";
      case "cab-escalation" -> "CAB decision escalated; change manager";
      case "ecab" -> "ECAB member";
      default -> kind;
    };
  }
}
