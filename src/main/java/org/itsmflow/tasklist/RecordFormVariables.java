package org.itsmflow.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.record.RecordProcessVariables;
import org.itsmflow.record.RecordVariables;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist's forms read the record: the answer to {@code GET .../task/{id}/form-variables} (engine
 * REST and the webapps' engine API, which Tasklist calls when it opens a Camunda Form) carries the
 * fields of the task's record as its type's {@link RecordProcessVariables} reads them now, in
 * place of any process variable of the same name. Runs inside the engine guard, so only an answer the
 * caller was allowed to get (200) is completed.
 */
public class RecordFormVariables extends OncePerRequestFilter {

  private static final Pattern FORM_VARIABLES =
      Pattern.compile("(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/form-variables");

  /** How the engine's REST API writes dates. */
  private static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private final EngineAsSystem engine;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RecordVariables records;
  private final ObjectMapper json = new ObjectMapper();

  public RecordFormVariables(EngineAsSystem engine, TaskService taskService, RuntimeService runtimeService,
      RecordVariables records) {
    this.engine = engine;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.records = records;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    Matcher matcher = FORM_VARIABLES.matcher(path(request));
    if (answer.getStatus() != HttpServletResponse.SC_OK || !matcher.matches()) {
      answer.copyBodyToResponse();
      return;
    }
    JsonNode variables = json.readTree(answer.getContentAsByteArray());
    Map<String, Object> fields = recordFields(matcher.group(1));
    if (!(variables instanceof ObjectNode object) || fields.isEmpty()) {
      answer.copyBodyToResponse();
      return;
    }
    Set<String> names = requestedNames(request);
    fields.forEach((name, value) -> {
      if (names == null || names.contains(name)) {
        object.set(name, typed(value));
      }
    });
    byte[] body = json.writeValueAsBytes(object);
    answer.resetBuffer();
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private Map<String, Object> recordFields(String taskId) {
    // The engine answered 200, so the caller may see the task; its business key is looked up as system.
    String number = engine.call(() -> {
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      if (task == null || task.getProcessInstanceId() == null) {
        return null;
      }
      ProcessInstance instance = runtimeService.createProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      return instance == null ? null : instance.getBusinessKey();
    });
    return records.formFields(number);
  }

  /** The engine's variable format: a type, a value and (empty) value info. */
  private ObjectNode typed(Object value) {
    ObjectNode node = json.createObjectNode();
    if (value == null) {
      node.put("type", "Null");
      node.putNull("value");
    } else if (value instanceof Integer || value instanceof Long) {
      node.put("type", value instanceof Integer ? "Integer" : "Long");
      node.put("value", ((Number) value).longValue());
    } else if (value instanceof Boolean b) {
      node.put("type", "Boolean");
      node.put("value", b);
    } else if (value instanceof Date date) {
      node.put("type", "Date");
      node.put("value", ENGINE_DATE.format(date.toInstant()));
    } else {
      node.put("type", "String");
      node.put("value", value.toString());
    }
    node.putObject("valueInfo");
    return node;
  }

  private static Set<String> requestedNames(HttpServletRequest request) {
    String names = request.getParameter("variableNames");
    return names == null || names.isBlank() ? null
        : Arrays.stream(names.split(",")).map(String::trim).collect(Collectors.toSet());
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
