package org.itsmflow.tasklist;

/**
 * The process variables every ITSM process sets so that Tasklist's lists show a task's record
 * without opening it. Each process's variables class declares these names for its own use.
 */
public final class TasklistVariables {

  public static final String RECORD_NUMBER = "recordNumber";
  public static final String RECORD_TITLE = "recordTitle";
  public static final String PRIORITY = "priority";
  public static final String SLA_DUE_AT = "slaDueAt";

  private TasklistVariables() {}
}
