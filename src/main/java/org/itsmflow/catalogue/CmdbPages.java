package org.itsmflow.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.itsmflow.platform.Fields;
import org.itsmflow.ports.ChangePort;
import org.itsmflow.ports.IncidentPort;
import org.itsmflow.workspace.ListParams;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The CMDB in the workspace: the CIs with filters and search, and each CI's page with its
 * attributes, services, relations both ways, the open incidents and changes on it, what its
 * failure reaches (upstream, downstream, services) and its history.
 */
@WorkspacePage
class CmdbPages {

  static final int PAGE_SIZE = 25;

  private final ConfigurationItems cis;
  private final CiTypes types;
  private final ServiceCatalogue services;
  private final IncidentPort incidents;
  private final ChangePort changes;

  CmdbPages(ConfigurationItems cis, CiTypes types, ServiceCatalogue services, IncidentPort incidents,
      ChangePort changes) {
    this.cis = cis;
    this.types = types;
    this.services = services;
    this.incidents = incidents;
    this.changes = changes;
  }

  @GetMapping("/cis")
  String list(@RequestParam Map<String, String> params, Model model) {
    String status = ListParams.text(params.get("status"));
    String text = ListParams.text(params.get("q"));
    List<ConfigurationItem> matching = cis.list(ListParams.text(params.get("type")),
        status == null ? null : Fields.oneOf("status", status, CiStatus.class), ListParams.text(params.get("service")))
        .stream().filter(ci -> text == null || contains(ci, text.toLowerCase(Locale.ROOT))).toList();
    int page = ListParams.page(params);
    int from = Math.min(matching.size(), page * PAGE_SIZE);
    model.addAttribute("cis", matching.subList(from, Math.min(matching.size(), from + PAGE_SIZE)));
    model.addAttribute("total", matching.size());
    model.addAttribute("first", matching.isEmpty() ? 0 : from + 1);
    model.addAttribute("last", Math.min(matching.size(), from + PAGE_SIZE));
    model.addAttribute("page", page);
    model.addAttribute("hasNext", from + PAGE_SIZE < matching.size());
    model.addAttribute("pageLink", ListParams.pageLink("/cis", params));
    model.addAttribute("params", params);
    model.addAttribute("types", types.list());
    model.addAttribute("statuses", CiStatus.values());
    model.addAttribute("services", services.list(null));
    return "cis/list";
  }

  @GetMapping("/cis/{id}")
  String show(@PathVariable String id, Model model) {
    ConfigurationItem ci = cis.get(id);
    List<ConfigurationItem> cmdb = cis.list(null, null, null);
    model.addAttribute("ci", ci);
    model.addAttribute("names", cmdb.stream().collect(Collectors.toMap(ConfigurationItem::id,
        ConfigurationItem::name)));
    model.addAttribute("impact", CiImpact.of(id, cmdb));
    model.addAttribute("incidents", incidents.openOnCi(id));
    model.addAttribute("changes", changes.openOnCi(id));
    List<CiChange> history = new ArrayList<>(cis.history(id));
    Collections.reverse(history);
    model.addAttribute("history", history);
    return "cis/view";
  }

  private static boolean contains(ConfigurationItem ci, String text) {
    return ci.id().toLowerCase(Locale.ROOT).contains(text) || ci.name().toLowerCase(Locale.ROOT).contains(text)
        || ci.description() != null && ci.description().toLowerCase(Locale.ROOT).contains(text);
  }
}
