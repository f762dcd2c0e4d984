package org.itsmflow.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.catalogue.ServiceStatus;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.ports.IncidentReports;
import org.itsmflow.ports.ProblemPort;
import org.itsmflow.ports.RequestPort;
import org.itsmflow.record.AttachmentController;
import org.itsmflow.record.Attachments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The requester's API: every signed-in person reports issues, orders from the catalogue and
 * follows their own tickets here; nothing else of ours is open to a person in no staff group.
 */
@RestController
@RequestMapping("/api/portal")
class PortalController {

  record ReportRequest(String title, String description, String serviceCode, Integer impact, Integer urgency) {}

  record OrderRequest(String itemCode, Map<String, String> details) {}

  record TextRequest(String text) {}

  record ReasonRequest(String reason) {}

  record AnswerRequest(String answer) {}

  record RatingRequest(Integer rating, String comment) {}

  record DecisionRequest(String decision, String reason) {}

  /** A live service as requesters pick it: its name and what it is for, not its code alone. */
  record ServiceChoice(String code, String name, String description) {}

  record KnownIssue(String number, String title, String workaround) {}

  private final PortalTickets tickets;
  private final ServiceCatalogue services;
  private final RequestPort catalogue;
  private final ProblemPort problems;

  PortalController(PortalTickets tickets, ServiceCatalogue services, RequestPort catalogue, ProblemPort problems) {
    this.tickets = tickets;
    this.services = services;
    this.catalogue = catalogue;
    this.problems = problems;
  }

  @GetMapping("/services")
  List<ServiceChoice> services() {
    return liveServices(services);
  }

  static List<ServiceChoice> liveServices(ServiceCatalogue services) {
    return services.list(ServiceStatus.LIVE).stream()
        .map(s -> new ServiceChoice(s.code(), s.name(), s.description())).toList();
  }

  @GetMapping("/catalogue")
  List<RequestPort.CatalogueItem> catalogue() {
    return catalogue.catalogue();
  }

  /** "Is this already known?": published workarounds whose known error mentions the text. */
  @GetMapping("/known-errors")
  List<KnownIssue> knownErrors(@RequestParam(required = false) String text,
      @RequestParam(required = false) String service) {
    return knownIssues(problems, text, service);
  }

  static List<KnownIssue> knownIssues(ProblemPort problems, String text, String service) {
    String words = Fields.optionalText("text", text, 200);
    String serviceCode = Fields.optionalText("service", service, 30);
    if (words == null && serviceCode == null) {
      return List.of();
    }
    return problems.searchKnownErrors(words, null, serviceCode, 10).stream()
        .filter(k -> k.workaround() != null && !k.workaround().isBlank())
        .map(k -> new KnownIssue(k.number(), k.title(), k.workaround())).toList();
  }

  /** {@code status}: open (default), closed or all. */
  @GetMapping("/tickets")
  List<PortalTickets.View> list(@RequestParam(defaultValue = "open") String status) {
    String which = Fields.oneOf("status", status, List.of("open", "closed", "all"));
    return tickets.list(switch (which) {
      case "open" -> Boolean.TRUE;
      case "closed" -> Boolean.FALSE;
      default -> null;
    });
  }

  /** The requests waiting for the caller's approval as someone's manager. */
  @GetMapping("/approvals")
  List<PortalTickets.View> approvals() {
    return tickets.approvals();
  }

  /** {@code decision}: approve or reject; {@code reason} required. */
  @PostMapping("/tickets/{number}/approval")
  PortalTickets.Decision decide(@PathVariable String number, @RequestBody(required = false) DecisionRequest body) {
    return tickets.decide(number, body == null ? null : body.decision(), body == null ? null : body.reason());
  }

  @GetMapping("/tickets/{number}")
  PortalTickets.View get(@PathVariable String number) {
    return tickets.get(number);
  }

  @PostMapping("/incidents")
  ResponseEntity<PortalTickets.View> report(@RequestBody ReportRequest body) {
    if (body == null) {
      throw new InvalidFieldException("title", "required");
    }
    String number = tickets.report(new IncidentReports.Report(body.title(), body.description(), body.serviceCode(),
        Fields.range("impact", body.impact(), 1, 3), Fields.range("urgency", body.urgency(), 1, 3), "portal"), null);
    return created(number);
  }

  @PostMapping("/requests")
  ResponseEntity<PortalTickets.View> order(@RequestBody OrderRequest body) {
    if (body == null) {
      throw new InvalidFieldException("itemCode", "required");
    }
    return created(tickets.order(body.itemCode(), body.details()));
  }

  @PostMapping("/tickets/{number}/comments")
  PortalTickets.View comment(@PathVariable String number, @RequestBody TextRequest body) {
    tickets.comment(number, body == null ? null : body.text());
    return tickets.get(number);
  }

  @PostMapping(path = "/tickets/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<PortalTickets.File> attach(@PathVariable String number,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    PortalTickets.File attached = tickets.attach(number, upload(file));
    return ResponseEntity.created(URI.create(attached.href())).body(attached);
  }

  @GetMapping("/tickets/{number}/attachments/{id}")
  void download(@PathVariable String number, @PathVariable long id, HttpServletResponse response)
      throws IOException {
    AttachmentController.send(tickets.attachments(), tickets.file(number, id), response);
  }

  @PostMapping("/tickets/{number}/confirm")
  PortalTickets.View confirm(@PathVariable String number) {
    tickets.confirm(number);
    return tickets.get(number);
  }

  @PostMapping("/tickets/{number}/reopen")
  PortalTickets.View reopen(@PathVariable String number, @RequestBody(required = false) ReasonRequest body) {
    tickets.reopen(number, body == null ? null : body.reason());
    return tickets.get(number);
  }

  @PostMapping("/tickets/{number}/withdraw")
  PortalTickets.View withdraw(@PathVariable String number, @RequestBody(required = false) ReasonRequest body) {
    tickets.withdraw(number, body == null ? null : body.reason());
    return tickets.get(number);
  }

  @PostMapping("/tickets/{number}/answer")
  PortalTickets.View answer(@PathVariable String number, @RequestBody(required = false) AnswerRequest body) {
    tickets.answer(number, body == null ? null : body.answer());
    return tickets.get(number);
  }

  @PostMapping("/tickets/{number}/rating")
  PortalTickets.View rate(@PathVariable String number, @RequestBody(required = false) RatingRequest body) {
    tickets.rate(number, body == null ? null : body.rating(), body == null ? null : body.comment());
    return tickets.get(number);
  }

  /** An uploaded part as the portal takes it: 400 naming {@code file} when there is none. */
  static Attachments.Upload upload(MultipartFile file) {
    if (file == null) {
      throw new InvalidFieldException("file", "required: the part 'file' of a multipart/form-data upload");
    }
    return new Attachments.Upload(file.getOriginalFilename(), file.getContentType(), file.getSize(), file, null, null);
  }

  private ResponseEntity<PortalTickets.View> created(String number) {
    return ResponseEntity.created(URI.create("/api/portal/tickets/" + number)).body(tickets.get(number));
  }
}
