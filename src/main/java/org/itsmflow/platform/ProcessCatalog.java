package org.itsmflow.platform;

/**
 * The keys of ITSM Flow's processes, in one place for the parts that must know every process
 * (authorizations, Tasklist set-up). Each process package refers to its own key from here.
 */
public final class ProcessCatalog {

  /** One instance per SLA target of a record: its warning and breach timers. */
  public static final String SLA_CLOCK = "sla-clock";
  public static final String INCIDENT_MANAGEMENT = "incident-management";
  public static final String SERVICE_REQUEST = "service-request";
  public static final String PROBLEM_MANAGEMENT = "problem-management";
  public static final String PROBLEM_DETECTION = "problem-detection";
  public static final String CHANGE_MANAGEMENT = "change-management";
  public static final String RELEASE_DEPLOYMENT = "release-deployment";
  public static final String CONTINUAL_IMPROVEMENT = "continual-improvement";
  public static final String CORRECTIVE_ACTION = "corrective-action";
  /** Runs every five minutes: notifications whose e-mail failed are sent again. */
  public static final String NOTIFICATION_DELIVERY = "notification-delivery";
  /** Runs every minute where a service-desk mailbox is configured: e-mails become incidents and replies. */
  public static final String MAIL_INTAKE = "mail-intake";
  /** Each month: every live service's report, reviewed by its owner, archived and e-mailed. */
  public static final String SERVICE_REPORTING = "service-reporting";
  /** Every six months: the review's inputs gathered, held by top management, its improvements registered. */
  public static final String MANAGEMENT_REVIEW = "management-review";

  /** One instance per internal audit, from its scheduling by the audit programme to its close. */
  public static final String INTERNAL_AUDIT = "internal-audit";

  private ProcessCatalog() {}
}
