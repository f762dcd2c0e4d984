package org.itsmflow.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.record.Attachments;
import org.itsmflow.record.RecordHeader;
import org.itsmflow.record.RecordLinks;
import org.itsmflow.record.RecordDetails;
import org.itsmflow.record.RecordType;
import org.itsmflow.record.Records;
import org.itsmflow.record.WorkLog;
import org.itsmflow.sla.SlaClocks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Builds a record's {@link EvidencePack}. The engine's history is read as the system (whoever may
 * read the record may read how it was handled), ordered so that two packs of a closed record are
 * the same.
 */
@Service
public class EvidencePacks {

  private final Records records;
  private final Map<RecordType, RecordDetails> details = new EnumMap<>(RecordType.class);
  private final WorkLog workLog;
  private final RecordLinks links;
  private final Attachments attachments;
  private final SlaClocks slaClocks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final EngineAsSystem engine;
  private final CurrentUser currentUser;

  EvidencePacks(Records records, List<RecordDetails> types, WorkLog workLog, RecordLinks links, Attachments attachments,
      SlaClocks slaClocks, HistoryService history, RepositoryService repository, EngineAsSystem engine,
      CurrentUser currentUser) {
    this.records = records;
    types.forEach(type -> details.put(type.type(), type));
    this.workLog = workLog;
    this.links = links;
    this.attachments = attachments;
    this.slaClocks = slaClocks;
    this.history = history;
    this.repository = repository;
    this.engine = engine;
    this.currentUser = currentUser;
  }

  /**
   * The record's pack; 404 for an unknown record, and 404 naming the history when the engine no
   * longer keeps the history of its processes (removed after their history time to live).
   */
  @Transactional(readOnly = true)
  public EvidencePack of(String number) {
    RecordHeader record = records.get(number);
    RecordDetails.Shown shown = details.get(record.type()).show(number)
        .orElseThrow(() -> new RecordNotFoundException(record.type().label(), number));
    String generatedBy = currentUser.id();
    return engine.call(() -> {
      List<HistoricProcessInstance> runs = history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(number).orderByProcessInstanceStartTime().asc().list();
      if (runs.isEmpty()) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The engine no longer keeps the process history of "
            + number + ": it is removed after its process's history time to live. The record's fields, work log and "
            + "files remain (GET /api/records/" + number + ").");
      }
      Map<String, String> processKeys = new HashMap<>();
      List<EvidencePack.ProcessRun> processes = new ArrayList<>();
      List<EvidencePack.TaskEvidence> tasks = new ArrayList<>();
      List<EvidencePack.DecisionEvidence> decisions = new ArrayList<>();
      for (HistoricProcessInstance run : runs) {
        processes.add(processRun(run));
        processKeys.put(run.getId(), run.getProcessDefinitionKey());
      }
      for (HistoricProcessInstance run : runs) {
        tasks.addAll(tasks(run.getId(), processKeys.get(run.getId())));
        decisions.addAll(decisions(run.getId()));
      }
      tasks.sort(Comparator.comparing(EvidencePack.TaskEvidence::createdAt)
          .thenComparing(EvidencePack.TaskEvidence::taskId));
      decisions.sort(Comparator.comparing(EvidencePack.DecisionEvidence::evaluatedAt)
          .thenComparing(EvidencePack.DecisionEvidence::decisionKey));
      return new EvidencePack(number, record.type().id(), shown.title(), record.status(), record.ended(),
          shown.details(), processes, tasks, decisions,
          slaClocks.statusIfStarted(number), workLog.of(number), links.of(number), attachments.of(number),
          EngineClock.now(), generatedBy);
    });
  }

  private EvidencePack.ProcessRun processRun(HistoricProcessInstance run) {
    ProcessDefinition model = repository.getProcessDefinition(run.getProcessDefinitionId());
    Deployment deployment = repository.createDeploymentQuery().deploymentId(model.getDeploymentId()).singleResult();
    return new EvidencePack.ProcessRun(run.getId(), model.getKey(), model.getName(), model.getVersion(),
        model.getResourceName(), model.getDeploymentId(),
        deployment == null ? null : instant(deployment.getDeploymentTime()), instant(run.getStartTime()),
        instant(run.getEndTime()), run.getState());
  }

  private List<EvidencePack.TaskEvidence> tasks(String processInstanceId, String processKey) {
    List<EvidencePack.TaskEvidence> found = new ArrayList<>();
    // The operation log of the whole instance at once, by task: who claimed and who completed.
    Map<String, List<UserOperationLogEntry>> operations = history.createUserOperationLogQuery()
        .processInstanceId(processInstanceId).entityType(EntityTypes.TASK).orderByTimestamp().asc().list().stream()
        .filter(entry -> entry.getTaskId() != null)
        .collect(Collectors.groupingBy(UserOperationLogEntry::getTaskId, LinkedHashMap::new, Collectors.toList()));
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .list()) {
      String claimedBy = null;
      Instant claimedAt = null;
      String completedBy = null;
      for (UserOperationLogEntry entry : operations.getOrDefault(task.getId(), List.of())) {
        if (UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(entry.getOperationType()) && claimedAt == null
            && entry.getNewValue() != null) {
          claimedBy = entry.getNewValue();
          claimedAt = instant(entry.getTimestamp());
        } else if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType())) {
          completedBy = entry.getUserId();
        }
      }
      List<String> groups = history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type("candidate")
          .operationType("add").list().stream().map(HistoricIdentityLinkLog::getGroupId)
          .filter(group -> group != null).distinct().sorted().toList();
      String outcome = task.getEndTime() == null ? "open"
          : "completed".equals(task.getDeleteReason()) ? "completed" : "cancelled";
      found.add(new EvidencePack.TaskEvidence(task.getId(), task.getTaskDefinitionKey(), task.getName(), processKey,
          instant(task.getStartTime()), claimedBy, claimedAt, "completed".equals(outcome) ? completedBy : null,
          instant(task.getEndTime()), outcome, groups));
    }
    return found;
  }

  private List<EvidencePack.DecisionEvidence> decisions(String processInstanceId) {
    List<EvidencePack.DecisionEvidence> found = new ArrayList<>();
    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId).includeInputs().includeOutputs().list()) {
      DecisionDefinition table = repository.getDecisionDefinition(decision.getDecisionDefinitionId());
      List<EvidencePack.Value> inputs = decision.getInputs().stream()
          .map(in -> new EvidencePack.Value(in.getClauseName() == null ? in.getClauseId() : in.getClauseName(),
              in.getValue())).toList();
      List<EvidencePack.Value> outputs = decision.getOutputs().stream()
          .sorted(Comparator.comparing(out -> out.getRuleOrder() == null ? 0 : out.getRuleOrder()))
          .map(out -> new EvidencePack.Value(out.getClauseName() == null ? out.getVariableName() : out.getClauseName(),
              out.getValue())).toList();
      found.add(new EvidencePack.DecisionEvidence(table.getKey(), table.getName(), table.getVersion(),
          instant(decision.getEvaluationTime()), decision.getActivityId(), inputs, outputs));
    }
    return found;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
