package org.itsmflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.record.RecordVariables;
import org.itsmflow.security.EngineApiAccess.Decision;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's doors (engine REST at /engine-rest, and /camunda/api/engine behind Tasklist and
 * Cockpit) get the checks our API has: staff may make only the calls EngineApiAccess opens; a
 * task completion or a start by form sets only that form's fields, validated as the form
 * declares them (FormSubmission); the process never receives a business key from outside.
 * Errors leave as 4xx that say what was wrong, never as SQL or a stack trace (EngineApiErrors).
 */
public class EngineApiGuard extends OncePerRequestFilter {

  private static final Pattern WEBAPP_ENGINE = Pattern.compile("/camunda/api/engine/engine/([^/]+)(/.*)");
  private static final String ENGINE_REST = "/engine-rest";

  private record Caller(String id, List<String> groupIds) {
    boolean isAdmin() {
      return groupIds.contains(RoleGroup.ADMIN_GROUP);
    }
  }

  private final EngineAsSystem engine;
  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final EngineApiErrors errors;
  private final RuntimeService runtimeService;
  private final RecordVariables records;
  private final ObjectMapper json = new ObjectMapper();

  public EngineApiGuard(EngineAsSystem engine, TaskService taskService, FormService formService,
      RepositoryService repositoryService, EngineApiErrors errors, RuntimeService runtimeService,
      RecordVariables records) {
    this.runtimeService = runtimeService;
    this.records = records;
    this.engine = engine;
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String path;
    Caller caller;
    Matcher webapp = WEBAPP_ENGINE.matcher(uri);
    if (webapp.matches()) {
      path = webapp.group(2);
      caller = webappCaller(request.getSession(false), webapp.group(1));
    } else if (uri.startsWith(ENGINE_REST + "/")) {
      path = uri.substring(ENGINE_REST.length());
      caller = restCaller();
    } else {
      chain.doFilter(request, response);
      return;
    }
    if (caller == null) {
      // Not signed in: Spring Security (engine REST) or the webapp (session) answers 401.
      errors.translate(request, response, chain);
      return;
    }
    try {
      HttpServletRequest checked = check(request, path, caller);
      errors.translate(checked, response, chain);
    } catch (InvalidFieldException e) {
      errors.write(response, HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
    } catch (Forbidden e) {
      errors.write(response, HttpStatus.FORBIDDEN, e.getMessage(), null);
    }
  }

  private HttpServletRequest check(HttpServletRequest request, String path, Caller caller) throws IOException {
    Decision decision = EngineApiAccess.decide(request.getMethod(), path, caller.id());
    return switch (decision.kind()) {
      case ALLOW -> request;
      case DENY -> {
        if (caller.isAdmin()) {
          yield request;
        }
        throw new Forbidden(caller.id() + " may not do this: " + decision.reason());
      }
      case OWN_OR_FREE_TASK -> {
        Task task = task(decision.subject());
        if (!caller.isAdmin() && task != null && task.getAssignee() != null && !task.getAssignee().equals(caller.id())) {
          throw new Forbidden(caller.id() + " may not reassign a task that " + task.getAssignee() + " works on");
        }
        yield request;
      }
      case OWN_TASK -> {
        Task task = task(decision.subject());
        if (!caller.isAdmin() && task != null && !caller.id().equals(task.getAssignee())) {
          throw new Forbidden(caller.id() + " may only give back a task assigned to them");
        }
        yield request;
      }
      case TASK_FORM -> checkTaskCompletion(request, decision.subject(), caller);
      case START_FORM -> checkStart(request, decision.subject(), caller);
    };
  }

  private HttpServletRequest checkTaskCompletion(HttpServletRequest request, String taskId, Caller caller)
      throws IOException {
    Task task = task(taskId);
    if (task == null || !(caller.isAdmin() || mayWork(task, caller))) {
      // The engine answers: 404 for a task that does not exist, 403 for one the caller may not
      // work on; its form's fields are not told to someone who may not fill them in.
      return request;
    }
    ObjectNode body = body(request);
    FormSubmission form = engine.call(() -> formOf(() -> formService.getDeployedTaskForm(taskId)));
    String number = engine.call(() -> {
      ProcessInstance instance = task.getProcessInstanceId() == null ? null : runtimeService
          .createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
      return instance == null ? null : instance.getBusinessKey();
    });
    // A field the form shows from the record is compared with the record (RecordFormVariables),
    // read once and only when the submission carries a shown field.
    var record = new Object() {
      private Map<String, Object> fields;

      Map<String, Object> fields() {
        if (fields == null) {
          fields = records.formFields(number);
        }
        return fields;
      }
    };
    Map<String, JsonNode> accepted = form.check(variables(body), name -> record.fields().containsKey(name)
        ? record.fields().get(name) : engine.call(() -> taskService.getVariable(taskId, name)));
    // What the task already sees (a model's input mapping may keep one local to it) stays a variable.
    Set<String> present = engine.call(() -> taskService.getVariables(taskId, accepted.keySet()).keySet());
    ObjectNode passed = json.createObjectNode();
    accepted.forEach((name, variable) -> passed.set(name, present.contains(name) || records.keeps(number, name)
        ? variable : transientCopy(variable)));
    body.set("variables", passed);
    return new CachedBodyRequest(request, json.writeValueAsBytes(body));
  }

  /** The input as a transient value (the engine REST's valueInfo.transient): the process keeps it not. */
  private JsonNode transientCopy(JsonNode variable) {
    ObjectNode copy = variable.isObject() ? ((ObjectNode) variable).deepCopy() : json.createObjectNode();
    JsonNode info = copy.path("valueInfo");
    ObjectNode valueInfo = info.isObject() ? (ObjectNode) info : copy.putObject("valueInfo");
    valueInfo.put("transient", true);
    return copy;
  }

  private HttpServletRequest checkStart(HttpServletRequest request, String definition, Caller caller) throws IOException {
    ProcessDefinition processDefinition = engine.call(() -> definition(definition));
    if (processDefinition == null) {
      return request;
    }
    ObjectNode body = body(request);
    if (body.hasNonNull("businessKey") && !caller.isAdmin()) {
      throw new InvalidFieldException("businessKey", "the process gives its record a number itself; leave it out");
    }
    FormSubmission form = engine.call(() -> formOf(() -> formService.getDeployedStartForm(processDefinition.getId())));
    body.set("variables", json.valueToTree(form.check(variables(body), name -> null)));
    return new CachedBodyRequest(request, json.writeValueAsBytes(body));
  }

  private ProcessDefinition definition(String reference) {
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery();
    if (!reference.startsWith("key/")) {
      return query.processDefinitionId(reference).singleResult();
    }
    String[] parts = reference.split("/");
    query.processDefinitionKey(parts[1]).latestVersion();
    if (parts.length == 4) {
      query.tenantIdIn(parts[3]);
    } else {
      query.withoutTenantId();
    }
    return query.singleResult();
  }

  private FormSubmission formOf(Supplier<InputStream> form) {
    InputStream stream;
    try {
      stream = form.get();
    } catch (RuntimeException noForm) {
      // No Camunda Form bound to the task or start event (the engine says so as an exception).
      return FormSubmission.none();
    }
    try (InputStream in = stream) {
      return FormSubmission.of(json.readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException("The deployed form cannot be read", e);
    }
  }

  /** The assignee, or a candidate user or member of a candidate group. */
  private boolean mayWork(Task task, Caller caller) {
    if (caller.id().equals(task.getAssignee())) {
      return true;
    }
    return engine.call(() -> taskService.getIdentityLinksForTask(task.getId())).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> caller.id().equals(link.getUserId()) || caller.groupIds().contains(link.getGroupId()));
  }

  private Task task(String taskId) {
    return engine.call(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
  }

  private ObjectNode body(HttpServletRequest request) throws IOException {
    byte[] bytes = request.getInputStream().readAllBytes();
    if (bytes.length == 0) {
      return json.createObjectNode();
    }
    JsonNode node;
    try {
      node = json.readTree(bytes);
    } catch (IOException e) {
      throw new InvalidFieldException("body", "not valid JSON");
    }
    if (node == null || node.isNull()) {
      return json.createObjectNode();
    }
    if (!(node instanceof ObjectNode object)) {
      throw new InvalidFieldException("body", "a JSON object with \"variables\"");
    }
    return object;
  }

  private static Map<String, JsonNode> variables(ObjectNode body) {
    JsonNode variables = body.path("variables");
    if (variables.isMissingNode() || variables.isNull()) {
      return Map.of();
    }
    if (!variables.isObject()) {
      throw new InvalidFieldException("variables", "an object of {\"value\": ..., \"type\": ...} per field");
    }
    Map<String, JsonNode> result = new LinkedHashMap<>();
    variables.fields().forEachRemaining(entry -> {
      if (!entry.getValue().isObject()) {
        throw new InvalidFieldException("variables." + entry.getKey(), "an object {\"value\": ..., \"type\": ...}");
      }
      result.put(entry.getKey(), entry.getValue());
    });
    return result;
  }

  private static Caller restCaller() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    EngineUser user = authentication == null ? null : EngineUser.of(authentication.getPrincipal());
    return user == null ? null : new Caller(user.id(), user.groupIds());
  }

  private static Caller webappCaller(HttpSession session, String engineName) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
      return null;
    }
    return new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
  }

  private static final class Forbidden extends RuntimeException {
    Forbidden(String message) {
      super(message);
    }
  }
}
