package org.itsmflow.change;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.itsmflow.catalogue.Service;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.notification.Notification;
import org.itsmflow.notification.Notifier;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.security.RoleGroup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment and authorisation of a change (ISO 20000 8.5.1.2): risk, change authority, the CAB's
 * votes with the service owners' veto, the authority's decision, ECAB reminders. Every operation
 * the process calls is safe to repeat.
 */
@Component
public class ChangeAuthorisation {

  private final Changes changes;
  private final ChangeRepository repository;
  private final ServiceCatalogue services;
  private final IdentityService identity;
  private final Notifier notifier;
  private final ChangeWorkLog workLog;

  ChangeAuthorisation(Changes changes, ChangeRepository repository, ServiceCatalogue services,
      IdentityService identity, Notifier notifier, ChangeWorkLog workLog) {
    this.changes = changes;
    this.repository = repository;
    this.services = services;
    this.identity = identity;
    this.notifier = notifier;
    this.workLog = workLog;
  }

  /** Inputs of change-risk beyond the RFC. */
  public record RiskFactors(int serviceCriticality, double failureRate) {}

  /**
   * The most critical of the affected services (the change's and its CIs') and the share of
   * earlier changes on the same CIs that failed.
   */
  @Transactional(readOnly = true)
  public RiskFactors riskFactors(String number) {
    Change c = changes.get(number);
    int criticality = changes.affectedServices(c).stream().map(services::get).mapToInt(Service::criticality).min().orElse(3);
    int[] outcomes = repository.outcomesOnCis(number, repository.cis(number));
    return new RiskFactors(criticality, outcomes[1] == 0 ? 0.0 : (double) outcomes[0] / outcomes[1]);
  }

  /** change-risk's result, kept with the record for the CAB and the auditor. */
  @Transactional
  public void assessRisk(String number, String risk, String reason) {
    Change c = changes.lock(number);
    repository.updateRisk(number, risk, reason);
    workLog.once(number, "risk-assessed", "Revision " + c.revision() + ": risk " + risk + " (" + reason + ")");
  }

  /** change-authority's result: the change waits for its authority, or is authorised (standard). */
  @Transactional
  public void assignAuthority(String number, String authority) {
    Change c = changes.lock(number);
    ChangeStatus status = Changes.NO_AUTHORITY.equals(authority) ? ChangeStatus.AUTHORISED : ChangeStatus.AWAITING_AUTHORISATION;
    repository.updateAuthority(number, authority, status);
    workLog.once(number, "authority", "Revision " + c.revision() + ": change authority " + authority
        + (Changes.NO_AUTHORITY.equals(authority) ? " (pre-approved standard change)" : ""));
  }

  /** The members of the CAB, one vote each. The CAB is told the change awaits its votes. */
  @Transactional
  public List<String> inviteCab(String number) {
    Change c = changes.get(number);
    List<String> members = identity.createUserQuery().memberOfGroup(RoleGroup.CAB.id()).orderByUserId().asc().list()
        .stream().map(User::getId).toList();
    notifier.send(new Notification("change:" + number + ":cab:" + c.revision(), RoleGroup.CAB.id(), "CAB_VOTE",
        number, number + " awaits your CAB vote: " + c.title(),
        c.category().id() + " change, risk " + c.risk() + " (" + c.riskReason() + "), planned " + c.plannedStart()
            + " - " + c.plannedEnd() + ". Vote in Tasklist or POST /api/changes/" + number + "/votes."));
    workLog.once(number, "cab-invited", "Revision " + c.revision() + ": " + members.size() + " CAB members asked to vote: "
        + String.join(", ", members));
    return members;
  }

  /**
   * A decision on the change: who decided what, with the mandatory comment. A rejection by a
   * member of an affected service's owner group is that owner's veto. Once per task.
   *
   * @param kind cab-vote, change-manager, cab-escalation, ecab, retrospective
   */
  @Transactional
  public void recordDecision(String number, String kind, String taskId, String decidedBy, String decision,
      String comment) {
    Change c = changes.lock(number);
    String checkedDecision = decision(kind, decision);
    String checkedComment = Fields.text(ChangeProcess.Variables.COMMENT, comment, 4000);
    boolean veto = ChangeProcess.Variables.REJECT.equals(checkedDecision) && ownsAffectedService(decidedBy, c);
    if (repository.insertDecision(number, c.revision(), kind, decidedBy, checkedDecision, checkedComment, veto,
        EngineClock.now(), taskId)) {
      workLog.add(number, kind, decidedBy + ": " + checkedDecision + (veto ? " (service owner's veto)" : "") + " - "
          + checkedComment);
    }
  }

  /** The CAB's votes in this revision. */
  public record Tally(int approvals, int rejections, int abstentions, boolean ownerVeto) {}

  @Transactional(readOnly = true)
  public Tally tally(String number) {
    Change c = changes.get(number);
    List<ChangeDecision> votes = repository.decisions(number).stream()
        .filter(d -> d.revision() == c.revision() && d.kind().equals("cab-vote")).toList();
    return new Tally(count(votes, ChangeProcess.Variables.APPROVE), count(votes, ChangeProcess.Variables.REJECT),
        count(votes, ChangeProcess.Variables.ABSTAIN), votes.stream().anyMatch(ChangeDecision::ownerVeto));
  }

  /** The authority's decision: approved changes go on to the schedule, rejected ones back to the requester. */
  @Transactional
  public void decide(String number, String decision, String reason) {
    Change c = changes.lock(number);
    boolean approved = ChangeProcess.Variables.APPROVED.equals(decision)
        || ChangeProcess.Variables.APPROVE.equals(decision);
    ChangeStatus status = approved ? ChangeStatus.AUTHORISED : ChangeStatus.REJECTED;
    if (c.status() == status) {
      return;
    }
    repository.updateStatus(number, status);
    workLog.add(number, approved ? "authorised" : "rejected", reason);
    if (!approved) {
      notifier.send(new Notification("change:" + number + ":rejected:" + c.revision(), RoleGroup.CHANGE_MANAGERS.id(),
          "CHANGE_REJECTED", number, number + " rejected: " + c.title(),
          reason + ". The requester " + c.requestedBy() + " may revise and resubmit it, or withdraw it."));
    }
  }


  /** The ECAB has not answered yet: remind it and the change managers. */
  @Transactional
  public void remindEcab(String number, int reminder) {
    Change c = changes.get(number);
    for (String group : List.of(RoleGroup.CAB.id(), RoleGroup.CHANGE_MANAGERS.id())) {
      notifier.send(new Notification("change:" + number + ":ecab-reminder:" + reminder + ":" + group, group,
          "ECAB_REMINDER", number, "Emergency change " + number + " awaits ECAB approval: " + c.title(),
          "Risk " + c.risk() + " (" + c.riskReason() + "). One approval lets implementation start."));
    }
    workLog.once(number, "ecab-reminder", "Reminder " + reminder + " sent to the ECAB");
  }


  private boolean ownsAffectedService(String userId, Change c) {
    for (String code : changes.affectedServices(c)) {
      String owner = services.get(code).ownerGroup();
      if (identity.createUserQuery().userId(userId).memberOfGroup(owner).count() > 0) {
        return true;
      }
    }
    return false;
  }

  private static String decision(String kind, String decision) {
    List<String> allowed = kind.equals("cab-vote")
        ? List.of(ChangeProcess.Variables.APPROVE, ChangeProcess.Variables.REJECT, ChangeProcess.Variables.ABSTAIN)
        : List.of(ChangeProcess.Variables.APPROVE, ChangeProcess.Variables.REJECT);
    String value = decision == null ? null : decision.trim().toLowerCase(Locale.ROOT);
    if (value == null || !allowed.contains(value)) {
      throw new InvalidFieldException(ChangeProcess.Variables.OUTCOME, "one of " + String.join(", ", allowed));
    }
    return value;
  }

  private static int count(List<ChangeDecision> votes, String decision) {
    return (int) votes.stream().filter(v -> v.decision().equals(decision)).count();
  }
}
