package org.itsmflow.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.itsmflow.catalogue.Service;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.catalogue.ServiceStatus;
import org.itsmflow.notification.MailChannel;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.workspace.ViewerTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly service report on its way out (process service-reporting): prepared for the
 * owner's review, reviewed, archived with its PDF and the numbers it shows, and e-mailed to the
 * service's report recipients. Each step finds its work done when it runs again (a retried job,
 * a second node), except that an e-mail the server took just before a failure is sent again.
 */
@Component
public class ServiceReportDelivery {

  /** Where a month's report of a service is. */
  public enum Status {
    IN_REVIEW("In review"), REVIEWED("Reviewed"), ARCHIVED("Archived"), SENT("Sent"), NOT_SENT("Archived, not sent");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A month's report as the archive keeps it (without its PDF and data). */
  public record Archived(String serviceCode, String month, Status status, Instant preparedAt, String reviewedBy,
      Instant reviewedAt, Instant archivedAt, String sha256, Instant sentAt, List<String> sentTo, String note) {

    /** "November 2026". */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String monthName() {
      return ServiceReport.monthName(YearMonth.parse(month));
    }
  }

  /** Body and answer of the recipients' list. */
  public record Recipients(List<String> recipients) {}

  private static final Logger LOG = LoggerFactory.getLogger(ServiceReportDelivery.class);
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");
  private static final int MAX_RECIPIENTS = 50;

  private final JdbcTemplate jdbc;
  private final ServiceCatalogue services;
  private final ServiceReport serviceReport;
  private final ViewerTime time;
  private final ObjectMapper json;
  private final ObjectProvider<MailChannel> mail;
  private final CurrentUser currentUser;

  ServiceReportDelivery(JdbcTemplate jdbc, ServiceCatalogue services, ServiceReport serviceReport, ViewerTime time,
      ObjectMapper json, ObjectProvider<MailChannel> mail, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.services = services;
    this.serviceReport = serviceReport;
    this.time = time;
    this.json = json;
    this.mail = mail;
    this.currentUser = currentUser;
  }

  /** The month a run on this day reports: the one before, in the reporting zone (ITSM_TIME_ZONE). */
  public YearMonth monthBefore(Instant now) {
    return YearMonth.from(LocalDate.ofInstant(now, time.zone())).minusMonths(1);
  }

  /** The services reported on: every live one, by code. */
  public List<String> servicesToReport() {
    return services.list(ServiceStatus.LIVE).stream().map(Service::code).sorted().toList();
  }

  /** The report goes to its owner for review; the owner's text so far (null without one). */
  @Transactional
  public String prepare(String serviceCode, YearMonth month) {
    if (find(serviceCode, month) == null) {
      jdbc.update("INSERT INTO itsm_service_report_archive (service_code, report_month, status, prepared_at) "
          + "VALUES (?, ?, ?, ?)", serviceCode, month.toString(), Status.IN_REVIEW.name(),
          Timestamp.from(EngineClock.now()));
    }
    return serviceReport.comment(serviceCode, month);
  }

  /** Whether the month's report of the service was archived already (by an earlier run). */
  @Transactional(readOnly = true)
  public boolean isArchived(String serviceCode, YearMonth month) {
    Archived archived = find(serviceCode, month);
    return archived != null && archived.archivedAt() != null;
  }

  /** The owner reviewed it, with a text for the report or none (the text so far stays). */
  @Transactional
  public void reviewed(String serviceCode, YearMonth month, String comment) {
    if (comment != null && !comment.isBlank()) {
      serviceReport.comment(serviceCode, month, comment);
    }
    jdbc.update("UPDATE itsm_service_report_archive SET status = ?, reviewed_by = ?, reviewed_at = ? "
        + "WHERE service_code = ? AND report_month = ? AND status = ?", Status.REVIEWED.name(), currentUser.id(),
        Timestamp.from(EngineClock.now()), serviceCode, month.toString(), Status.IN_REVIEW.name());
  }

  /** The report as it stands now, kept with its PDF, its numbers and the PDF's SHA-256; once. */
  @Transactional
  public void archive(String serviceCode, YearMonth month) {
    Archived archived = find(serviceCode, month);
    if (archived != null && archived.archivedAt() != null) {
      return;
    }
    ServiceReport.Report report = serviceReport.build(serviceCode, month, time.zone());
    byte[] pdf = serviceReport.pdf(report);
    byte[] data;
    try {
      data = json.writeValueAsBytes(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("service report " + serviceCode + " " + month + " as JSON", e);
    }
    Timestamp now = Timestamp.from(EngineClock.now());
    if (archived == null) {
      // Reached without a review step (a model without one): prepared and archived at once.
      jdbc.update("INSERT INTO itsm_service_report_archive (service_code, report_month, status, prepared_at) "
          + "VALUES (?, ?, ?, ?)", serviceCode, month.toString(), Status.IN_REVIEW.name(), now);
    }
    jdbc.update("UPDATE itsm_service_report_archive SET status = ?, archived_at = ?, pdf = ?, data = ?, sha256 = ? "
        + "WHERE service_code = ? AND report_month = ?", Status.ARCHIVED.name(), now, pdf, data, sha256(pdf),
        serviceCode, month.toString());
  }

  /**
   * The archived PDF to the service's report recipients, once; without recipients or a mail
   * server (ITSM_SMTP_HOST) it stays in the archive, marked not sent and why.
   */
  @Transactional
  public void send(String serviceCode, YearMonth month) {
    Archived archived = find(serviceCode, month);
    if (archived == null || archived.archivedAt() == null) {
      throw new IllegalStateException("service report " + serviceCode + " " + month + " is not archived yet");
    }
    if (archived.status() == Status.SENT || archived.status() == Status.NOT_SENT) {
      return;
    }
    List<String> recipients = recipients(serviceCode).recipients();
    MailChannel channel = mail.getIfAvailable();
    String note = recipients.isEmpty() ? "the service has no report recipients"
        : channel == null ? "no mail server is configured (ITSM_SMTP_HOST)" : null;
    Timestamp now = Timestamp.from(EngineClock.now());
    if (note != null) {
      LOG.info("service report {} {} not sent: {}", serviceCode, month, note);
      jdbc.update("UPDATE itsm_service_report_archive SET status = ?, note = ? WHERE service_code = ? "
          + "AND report_month = ?", Status.NOT_SENT.name(), note, serviceCode, month.toString());
      return;
    }
    Service service = services.get(serviceCode);
    String monthName = ServiceReport.monthName(month);
    channel.sendDocument(recipients, "Service report " + service.name() + ", " + monthName,
        "The monthly report of the service " + service.name() + " (" + serviceCode + ") for " + monthName
            + " is attached: its SLA targets and results, the trend of the last twelve months, incidents, "
            + "service requests, changes and satisfaction, with the service owner's comment.\n\n"
            + "Its SHA-256 is " + archived.sha256() + "; the archive in ITSM Flow keeps the same file.\n",
        "service-report-" + serviceCode + "-" + month + ".pdf", "application/pdf", archivedPdf(serviceCode, month),
        "report/" + serviceCode + "/" + month);
    jdbc.update("UPDATE itsm_service_report_archive SET status = ?, sent_at = ?, sent_to = ? WHERE service_code = ? "
        + "AND report_month = ?", Status.SENT.name(), now, String.join(",", recipients), serviceCode,
        month.toString());
  }

  /** A service's archived reports, newest month first; 404 for an unknown service. */
  @Transactional(readOnly = true)
  public List<Archived> archive(String serviceCode) {
    requireService(serviceCode);
    return jdbc.query("SELECT service_code, report_month, status, prepared_at, reviewed_by, reviewed_at, archived_at, "
        + "sha256, sent_at, sent_to, note FROM itsm_service_report_archive WHERE service_code = ? "
        + "ORDER BY report_month DESC",
        (rs, i) -> archived(rs), serviceCode);
  }

  /** The PDF as archived (and sent); 404 naming the month while there is none. */
  @Transactional(readOnly = true)
  public byte[] archivedPdf(String serviceCode, YearMonth month) {
    requireService(serviceCode);
    return jdbc.query("SELECT pdf FROM itsm_service_report_archive WHERE service_code = ? AND report_month = ? "
        + "AND pdf IS NOT NULL", (rs, i) -> rs.getBytes(1), serviceCode, month.toString()).stream().findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Archived service report", serviceCode + " " + month, "month"));
  }

  /** Who receives a service's report. */
  @Transactional(readOnly = true)
  public Recipients recipients(String serviceCode) {
    requireService(serviceCode);
    return new Recipients(jdbc.queryForList("SELECT address FROM itsm_service_report_recipient WHERE service_code = ? "
        + "ORDER BY address", String.class, serviceCode));
  }

  /** Replaces who receives a service's report; 400 naming {@code recipients[i]} for a wrong address. */
  @Transactional
  public Recipients recipients(String serviceCode, List<String> addresses) {
    requireService(serviceCode);
    List<String> checked = checkedAddresses(addresses);
    jdbc.update("DELETE FROM itsm_service_report_recipient WHERE service_code = ?", serviceCode);
    checked.forEach(address -> jdbc.update("INSERT INTO itsm_service_report_recipient (service_code, address) "
        + "VALUES (?, ?)", serviceCode, address));
    return recipients(serviceCode);
  }

  /** The addresses trimmed and once each; at most {@value #MAX_RECIPIENTS}. Pure. */
  static List<String> checkedAddresses(List<String> addresses) {
    if (addresses == null) {
      throw new InvalidFieldException("recipients", "a list of e-mail addresses (empty to send to nobody)");
    }
    if (addresses.size() > MAX_RECIPIENTS) {
      throw new InvalidFieldException("recipients", "at most " + MAX_RECIPIENTS + " addresses");
    }
    LinkedHashSet<String> checked = new LinkedHashSet<>();
    for (int i = 0; i < addresses.size(); i++) {
      String address = addresses.get(i) == null ? "" : addresses.get(i).trim();
      if (address.length() > 320 || !ADDRESS.matcher(address).matches()) {
        throw new InvalidFieldException("recipients[" + i + "]", "an e-mail address such as it-board@example.com");
      }
      checked.add(address.toLowerCase(java.util.Locale.ROOT));
    }
    return List.copyOf(checked);
  }

  /** Addresses as a text field holds them: separated by commas, semicolons, spaces or lines. Pure. */
  static List<String> split(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private Archived find(String serviceCode, YearMonth month) {
    return jdbc.query("SELECT service_code, report_month, status, prepared_at, reviewed_by, reviewed_at, archived_at, "
        + "sha256, sent_at, sent_to, note FROM itsm_service_report_archive WHERE service_code = ? AND report_month = ?",
        (rs, i) -> archived(rs), serviceCode, month.toString()).stream().findFirst().orElse(null);
  }

  private static Archived archived(java.sql.ResultSet rs) throws java.sql.SQLException {
    String sentTo = rs.getString("sent_to");
    return new Archived(rs.getString("service_code"), rs.getString("report_month"),
        Status.valueOf(rs.getString("status")), instant(rs.getTimestamp("prepared_at")), rs.getString("reviewed_by"),
        instant(rs.getTimestamp("reviewed_at")), instant(rs.getTimestamp("archived_at")), rs.getString("sha256"),
        instant(rs.getTimestamp("sent_at")), sentTo == null ? List.of() : List.of(sentTo.split(",")),
        rs.getString("note"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private void requireService(String serviceCode) {
    if (!services.exists(serviceCode)) {
      throw new RecordNotFoundException("Service", serviceCode);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
