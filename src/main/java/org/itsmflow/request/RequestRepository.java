package org.itsmflow.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.ListQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class RequestRepository {

  private static final String COLUMNS = "number, item_code, service_code, title, details, requested_by, manager_id, "
      + "status, approval_required, approver, approval_decision, approval_reason, approved_by, approved_at, "
      + "fulfilment_group, fulfilment_notes, fulfilled_at, question, close_code, created_at, closed_at, "
      + "process_instance_id";
  private static final String ITEM_COLUMNS = "code, service_code, name, description, fulfilment_group, instructions, "
      + "fields, approval, cost, priority, active";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  // itsm_request_item.fields (V12).
  private static final int FIELDS_COLUMN_LENGTH = 4000;

  RequestRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(ServiceRequest r) {
    jdbc.update("INSERT INTO itsm_request (number, item_code, service_code, title, details, requested_by, manager_id, "
            + "status, fulfilment_group, created_at, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.number(), r.itemCode(), r.serviceCode(), r.title(), r.details(), r.requestedBy(), r.managerId(),
        r.status().name(), r.fulfilmentGroup(), ts(r.createdAt()), r.processInstanceId());
  }

  void updateStatus(String number, RequestStatus status) {
    jdbc.update("UPDATE itsm_request SET status = ? WHERE number = ?", status.name(), number);
  }

  void approvalPolicy(String number, boolean required, String approver, RequestStatus status) {
    jdbc.update("UPDATE itsm_request SET approval_required = ?, approver = ?, status = ? WHERE number = ?", required,
        approver, status.name(), number);
  }

  void approval(String number, String decision, String reason, String by, Instant at, RequestStatus status) {
    jdbc.update("UPDATE itsm_request SET approval_decision = ?, approval_reason = ?, approved_by = ?, approved_at = ?, "
        + "status = ? WHERE number = ?", decision, reason, by, ts(at), status.name(), number);
  }

  void question(String number, String question, RequestStatus status) {
    jdbc.update("UPDATE itsm_request SET question = ?, status = ? WHERE number = ?", question, status.name(), number);
  }

  void fulfilled(String number, String notes, Instant at) {
    jdbc.update("UPDATE itsm_request SET fulfilment_notes = ?, fulfilled_at = ?, status = ? WHERE number = ?", notes,
        ts(at), RequestStatus.FULFILLED.name(), number);
  }

  void reopen(String number) {
    jdbc.update("UPDATE itsm_request SET fulfilled_at = NULL, status = ? WHERE number = ?",
        RequestStatus.IN_FULFILMENT.name(), number);
  }

  void end(String number, RequestStatus status, String code, Instant at) {
    jdbc.update("UPDATE itsm_request SET status = ?, close_code = ?, closed_at = ? WHERE number = ?", status.name(),
        code, ts(at), number);
  }

  Optional<ServiceRequest> find(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_request WHERE number = ?", this::map, number).stream()
        .findFirst();
  }

  Optional<ServiceRequest> lock(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_request WHERE number = ? FOR UPDATE", this::map, number)
        .stream().findFirst();
  }

  List<ServiceRequest> find(RequestStatus status, String item, String service, String requestedBy, int offset,
      int limit) {
    return ListQuery.select("SELECT " + COLUMNS + " FROM itsm_request").where("status = ?", status)
        .where("item_code = ?", item).where("service_code = ?", service).where("requested_by = ?", requestedBy)
        .page(jdbc, ListQuery.NEWEST_FIRST, offset, limit, this::map);
  }


  /** The requests of these requesters, newest first. */
  List<ServiceRequest> ofRequesters(Collection<String> requesters, int limit) {
    if (requesters.isEmpty()) {
      return List.of();
    }
    return new NamedParameterJdbcTemplate(jdbc).query("SELECT " + COLUMNS + " FROM itsm_request WHERE requested_by IN "
        + "(:requesters) ORDER BY created_at DESC, number DESC FETCH FIRST :limit ROWS ONLY",
        new MapSqlParameterSource("requesters", requesters).addValue("limit", limit), this::map);
  }

  /** The requests waiting for this manager's approval, newest first. */
  List<ServiceRequest> awaitingManager(String managerId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_request WHERE status = 'AWAITING_APPROVAL' AND approver = ? "
        + "AND manager_id = ? ORDER BY created_at DESC", this::map, Requests.MANAGER, managerId);
  }

  Optional<RequestItem> item(String code) {
    return jdbc.query("SELECT " + ITEM_COLUMNS + " FROM itsm_request_item WHERE code = ?", this::mapItem, code)
        .stream().findFirst();
  }

  List<RequestItem> items(String service, boolean activeOnly) {
    String where = (service == null ? "1 = 1" : "service_code = ?") + (activeOnly ? " AND active" : "");
    return jdbc.query("SELECT " + ITEM_COLUMNS + " FROM itsm_request_item WHERE " + where
        + " ORDER BY service_code, name", this::mapItem, service == null ? new Object[0] : new Object[] {service});
  }

  /** Creates or replaces an item; true if it is new. 400 when its fields do not fit their column. */
  boolean saveItem(RequestItem i) {
    String fields = write(i.fields());
    if (fields.length() > FIELDS_COLUMN_LENGTH) {
      throw new InvalidFieldException("fields", "too long together: " + fields.length() + " of "
          + FIELDS_COLUMN_LENGTH + " characters as stored; use fewer fields or shorter labels");
    }
    int updated = jdbc.update("UPDATE itsm_request_item SET service_code = ?, name = ?, description = ?, "
            + "fulfilment_group = ?, instructions = ?, fields = ?, approval = ?, cost = ?, priority = ?, active = ? "
            + "WHERE code = ?", i.serviceCode(), i.name(), i.description(), i.fulfilmentGroup(), i.instructions(),
        fields, i.approval(), i.cost(), i.priority(), i.active(), i.code());
    if (updated == 0) {
      jdbc.update("INSERT INTO itsm_request_item (" + ITEM_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          i.code(), i.serviceCode(), i.name(), i.description(), i.fulfilmentGroup(), i.instructions(), fields,
          i.approval(), i.cost(), i.priority(), i.active());
      return true;
    }
    return false;
  }

  /** The requester's answers to the item's fields, as stored (JSON), in the item's order. */
  Map<String, String> details(ServiceRequest r) {
    if (r.details() == null) {
      return Map.of();
    }
    try {
      return json.readValue(r.details(), new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Request " + r.number() + " has unreadable details", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private RequestItem mapItem(ResultSet rs, int row) throws SQLException {
    List<RequestItem.Field> fields;
    try {
      fields = json.readValue(rs.getString("fields"), new TypeReference<List<RequestItem.Field>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Request item " + rs.getString("code") + " has unreadable fields", e);
    }
    return new RequestItem(rs.getString("code"), rs.getString("service_code"), rs.getString("name"),
        rs.getString("description"), rs.getString("fulfilment_group"), rs.getString("instructions"), fields,
        rs.getString("approval"), rs.getBigDecimal("cost"), rs.getInt("priority"), rs.getBoolean("active"));
  }

  private ServiceRequest map(ResultSet rs, int row) throws SQLException {
    boolean required = rs.getBoolean("approval_required");
    Boolean approvalRequired = rs.wasNull() ? null : required;
    return new ServiceRequest(rs.getString("number"), rs.getString("item_code"), rs.getString("service_code"),
        rs.getString("title"), rs.getString("details"), rs.getString("requested_by"), rs.getString("manager_id"),
        RequestStatus.valueOf(rs.getString("status")), approvalRequired, rs.getString("approver"),
        rs.getString("approval_decision"), rs.getString("approval_reason"), rs.getString("approved_by"),
        instant(rs.getTimestamp("approved_at")), rs.getString("fulfilment_group"), rs.getString("fulfilment_notes"),
        instant(rs.getTimestamp("fulfilled_at")), rs.getString("question"), rs.getString("close_code"),
        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("closed_at")),
        rs.getString("process_instance_id"));
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
