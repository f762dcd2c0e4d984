package org.itsmflow.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which engine API calls staff may make (the engine REST API at /engine-rest and the same
 * resources under /camunda/api/engine that Tasklist and Cockpit call), decided from the method
 * and path alone. Reads stay open, since the engine's authorizations filter them; of the writes,
 * staff keep what Tasklist needs to work a task and to start a process by its form. Everything
 * else (variables, candidate groups, due dates, messages, modifications, jobs, plain starts)
 * goes through our API, which validates it, or is for administrators. Pure logic.
 */
final class EngineApiAccess {

  enum Kind {
    /** Passed to the engine, whose authorizations decide. */
    ALLOW,
    /** Completes a task: its variables are checked against the task's form. */
    TASK_FORM,
    /** Starts a process by its start form: the variables are checked against that form. */
    START_FORM,
    /** Changes who works the task: only while nobody else has it. */
    OWN_OR_FREE_TASK,
    /** Gives the task back: only its assignee. */
    OWN_TASK,
    DENY
  }

  /** The decision, with the task id or process definition path it is about. */
  record Decision(Kind kind, String subject, String reason) {

    static Decision of(Kind kind, String subject) {
      return new Decision(kind, subject, null);
    }

    static Decision deny(String reason) {
      return new Decision(Kind.DENY, null, reason);
    }
  }

  private static final Pattern QUERY = Pattern.compile(
      "/(task|process-instance|variable-instance|execution|job|external-task|history/[a-z-]+)(/count)?");
  private static final Pattern FILTER_QUERY = Pattern.compile("/filter/[^/]+/(list|count|singleResult)");
  private static final Pattern TASK_ACTION = Pattern.compile("/task/([^/]+)/([a-z-]+(/create)?)");
  private static final Pattern PROCESS_DEFINITION_ACTION = Pattern.compile(
      "/process-definition/((key/[^/]+(/tenant-id/[^/]+)?)|[^/]+)/(submit-form|start)");
  private static final Pattern DEPLOYMENT = Pattern.compile("/deployment/(create|[^/]+/redeploy)");
  private static final Pattern OWN_USER = Pattern.compile("/user/([^/]+)/(credentials|profile)");
  private static final List<String> READS = List.of("GET", "HEAD", "OPTIONS");

  private EngineApiAccess() {}

  /**
   * @param path the engine-relative path, such as {@code /task/42/complete}
   * @param userId the caller
   */
  static Decision decide(String method, String path, String userId) {
    if (READS.contains(method)) {
      return Decision.of(Kind.ALLOW, null);
    }
    if ("PUT".equals(method)) {
      Matcher own = OWN_USER.matcher(path);
      if (own.matches() && own.group(1).equals(userId)) {
        return Decision.of(Kind.ALLOW, null);
      }
      return deny(method, path);
    }
    if (!"POST".equals(method)) {
      return deny(method, path);
    }
    if ((QUERY.matcher(path).matches() && !path.equals("/history/cleanup")) || FILTER_QUERY.matcher(path).matches()
        || DEPLOYMENT.matcher(path).matches() || path.equals("/identity/password-policy")) {
      return Decision.of(Kind.ALLOW, null);
    }
    Matcher task = TASK_ACTION.matcher(path);
    if (task.matches()) {
      return switch (task.group(2)) {
        case "complete", "submit-form", "resolve" -> Decision.of(Kind.TASK_FORM, task.group(1));
        case "claim", "comment/create" -> Decision.of(Kind.ALLOW, task.group(1));
        case "assignee", "delegate" -> Decision.of(Kind.OWN_OR_FREE_TASK, task.group(1));
        case "unclaim" -> Decision.of(Kind.OWN_TASK, task.group(1));
        default -> deny(method, path);
      };
    }
    Matcher start = PROCESS_DEFINITION_ACTION.matcher(path);
    if (start.matches()) {
      if ("submit-form".equals(start.group(4))) {
        return Decision.of(Kind.START_FORM, start.group(1));
      }
      return Decision.deny("Start a process with its start form (Tasklist) or through the record's API (/api), "
          + "which check what it is given; plain starts are for administrators");
    }
    return deny(method, path);
  }

  private static Decision deny(String method, String path) {
    return Decision.deny(method + " " + path + " is not open to staff: records are changed through the record's API "
        + "(/api) or by completing a task with its form; administrators use Cockpit and Admin");
  }
}
