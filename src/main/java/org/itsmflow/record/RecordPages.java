package org.itsmflow.record;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.security.EngineUser;
import org.itsmflow.sla.SlaClocks;
import org.itsmflow.workspace.ListParams;
import org.itsmflow.workspace.ViewerTime;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace's lists and pages of every record type but incidents (which have their own, with
 * actions): what every record has (number, title, status, who holds it, SLA, files, links, the
 * timeline of work log and engine history) and each type's own fields ({@link RecordDetails}).
 * Their steps are worked in Tasklist, which the page links to, and through the API.
 */
@WorkspacePage
class RecordPages {

  static final int PAGE_SIZE = 25;

  private final RecordList list;
  private final Map<RecordType, RecordDetails> details = new EnumMap<>(RecordType.class);
  private final Records records;
  private final OpenWork openWork;
  private final Timeline timeline;
  private final WorkLog workLog;
  private final Attachments attachments;
  private final RecordLinks links;
  private final SlaClocks slaClocks;
  private final ViewerTime time;

  RecordPages(RecordList list, List<RecordDetails> types, Records records, OpenWork openWork, Timeline timeline,
      WorkLog workLog, Attachments attachments, RecordLinks links, SlaClocks slaClocks, ViewerTime time) {
    this.list = list;
    types.forEach(type -> details.put(type.type(), type));
    this.records = records;
    this.openWork = openWork;
    this.timeline = timeline;
    this.workLog = workLog;
    this.attachments = attachments;
    this.links = links;
    this.slaClocks = slaClocks;
    this.time = time;
  }

  @GetMapping({"/requests", "/problems", "/changes", "/releases", "/improvements", "/nonconformities"})
  String list(@AuthenticationPrincipal EngineUser viewer, @RequestParam Map<String, String> params,
      HttpServletRequest request, Model model) {
    RecordType type = typeOf(request.getRequestURI().substring(request.getContextPath().length() + 1));
    String view = params.getOrDefault("view", "open");
    String status = ListParams.text(params.get("status"));
    ZoneId zone = time.zone();
    LocalDate from = ListParams.date("from", params.get("from"));
    LocalDate to = ListParams.date("to", params.get("to"));
    int page = ListParams.page(params);
    RecordList.Query query = new RecordList.Query(type,
        status == null || "open".equals(status) ? Boolean.TRUE : "ended".equals(status) ? Boolean.FALSE : null,
        status == null || List.of("open", "ended", "all").contains(status) ? null : storedStatus(status),
        ListParams.text(params.get("q")), "mine".equals(view) ? viewer.id() : null,
        "my-groups".equals(view) ? viewer.groupIds() : null, from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), "oldest".equals(params.get("sort")),
        page * PAGE_SIZE, PAGE_SIZE);
    RecordList.Page found = list.find(query);
    model.addAttribute("type", type);
    model.addAttribute("rows", found.rows());
    model.addAttribute("assignees", openWork.assignees(found.rows().stream().map(RecordList.Row::processInstanceId).toList()));
    model.addAttribute("total", found.total());
    model.addAttribute("page", page);
    model.addAttribute("first", found.total() == 0 ? 0 : page * PAGE_SIZE + 1);
    model.addAttribute("last", page * PAGE_SIZE + found.rows().size());
    model.addAttribute("hasNext", (long) (page + 1) * PAGE_SIZE < found.total());
    model.addAttribute("pageLink", ListParams.pageLink("/" + type.path(), params));
    model.addAttribute("view", view);
    model.addAttribute("params", params);
    return "records/list";
  }

  @GetMapping("/records/{number}")
  String show(@PathVariable String number, Model model) {
    RecordHeader header = records.get(number);
    if (header.type() == RecordType.INCIDENT) {
      return "redirect:/incidents/" + number;
    }
    RecordDetails.Shown shown = details.get(header.type()).show(number)
        .orElseThrow(() -> new RecordNotFoundException(header.type().label(), number));
    List<WorkLogEntry> log = workLog.of(number);
    model.addAttribute("header", header);
    model.addAttribute("shown", shown);
    model.addAttribute("actions", details.get(header.type()).actions());
    model.addAttribute("holders", openWork.of(shown.processInstanceId()));
    model.addAttribute("sla", slaClocks.statusIfStarted(number));
    model.addAttribute("links", links.of(number));
    model.addAttribute("attachments", attachments.of(number));
    model.addAttribute("timeline", timeline.of(shown.processInstanceId(), log));
    model.addAttribute("now", EngineClock.now());
    return "records/view";
  }

  private RecordType typeOf(String path) {
    for (RecordType type : RecordType.values()) {
      if (type.path().equals(path)) {
        return type;
      }
    }
    throw new RecordNotFoundException("Record list", path);
  }

  /** "in-review" names the stored IN_REVIEW. */
  private static String storedStatus(String status) {
    if (!status.matches("[a-z][a-z-]{0,40}")) {
      throw new InvalidFieldException("status", "a status like in-review, open, ended or all");
    }
    return status.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
