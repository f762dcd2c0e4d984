package org.itsmflow.request;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The request catalogue: all staff read it (active items by default), service owners keep it. */
@RestController
@RequestMapping("/api/request-items")
class RequestItemController {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,29}");
  private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

  // What a requester fills in on one form; more belongs in a conversation with the fulfilling group.
  private static final int MAX_FIELDS = 30;

  private final RequestRepository repository;
  private final Requests requests;
  private final ServiceCatalogue services;
  private final IdentityService identity;

  RequestItemController(RequestRepository repository, Requests requests, ServiceCatalogue services,
      IdentityService identity) {
    this.repository = repository;
    this.requests = requests;
    this.services = services;
    this.identity = identity;
  }

  record FieldRequest(String key, String label, Boolean required) {}

  record ItemRequest(String serviceCode, String name, String description, String fulfilmentGroup,
      String instructions, List<FieldRequest> fields, String approval, BigDecimal cost, Integer priority,
      Boolean active) {}

  @GetMapping
  List<RequestItem> list(@RequestParam(required = false) String service,
      @RequestParam(defaultValue = "false") boolean includeRetired) {
    return repository.items(service, !includeRetired);
  }

  @GetMapping("/{code}")
  RequestItem get(@PathVariable String code) {
    return requests.item(code);
  }

  /** 201 for a new item, 200 for a replaced one; retire with active=false. */
  @PutMapping("/{code}")
  @Transactional
  ResponseEntity<RequestItem> save(@PathVariable String code, @RequestBody ItemRequest body) {
    String checked = Fields.matching("code", code, CODE, "upper-case letters, digits and hyphens, e.g. LAPTOP");
    ItemRequest r = body == null ? new ItemRequest(null, null, null, null, null, null, null, null, null, null) : body;
    String service = Fields.text("serviceCode", r.serviceCode(), 30);
    if (!services.exists(service)) {
      throw new RecordNotFoundException("Service", service, "serviceCode");
    }
    String group = Fields.text("fulfilmentGroup", r.fulfilmentGroup(), 64);
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      throw new RecordNotFoundException("Group", group, "fulfilmentGroup");
    }
    List<RequestItem.Field> fields = new ArrayList<>();
    List<FieldRequest> given = r.fields() == null ? List.of() : r.fields();
    if (given.size() > MAX_FIELDS) {
      throw new InvalidFieldException("fields", "at most " + MAX_FIELDS + " fields; " + given.size() + " given");
    }
    for (int i = 0; i < given.size(); i++) {
      FieldRequest f = given.get(i);
      if (f == null) {
        throw new InvalidFieldException("fields[" + i + "]", "required");
      }
      String key = Fields.matching("fields[" + i + "].key", f.key(), KEY, "a letter, then letters or digits");
      if (fields.stream().anyMatch(existing -> existing.key().equals(key))) {
        throw new InvalidFieldException("fields[" + i + "].key", "unique; " + key + " is there twice");
      }
      fields.add(new RequestItem.Field(key, Fields.text("fields[" + i + "].label", f.label(), 200),
          Boolean.TRUE.equals(f.required())));
    }
    String approval = r.approval() == null ? "policy" : r.approval().trim().toLowerCase(Locale.ROOT);
    if (!RequestItem.APPROVALS.contains(approval)) {
      throw new InvalidFieldException("approval", "always, never or policy");
    }
    BigDecimal cost = r.cost() == null ? BigDecimal.ZERO : r.cost();
    if (cost.signum() < 0 || cost.compareTo(new BigDecimal("9999999999")) > 0) {
      throw new InvalidFieldException("cost", "0 or more");
    }
    RequestItem item = new RequestItem(checked, service, Fields.text("name", r.name(), 200),
        Fields.optionalText("description", r.description(), 1000), group,
        Fields.text("instructions", r.instructions(), 4000), fields, approval, cost,
        r.priority() == null ? 4 : Fields.range("priority", r.priority(), 1, 5), r.active() == null || r.active());
    boolean created = repository.saveItem(item);
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(requests.item(checked));
  }
}
