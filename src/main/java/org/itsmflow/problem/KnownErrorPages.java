package org.itsmflow.problem;

import java.util.List;
import java.util.Map;
import org.itsmflow.catalogue.ServiceCatalogue;
import org.itsmflow.workspace.ListParams;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The known-error database in the workspace: searched by words of the symptom, cause or
 * workaround, by service and by CI, as the service desk does before it escalates.
 */
@WorkspacePage
class KnownErrorPages {

  static final int PAGE_SIZE = 25;

  private final KnownErrors knownErrors;
  private final ServiceCatalogue services;

  KnownErrorPages(KnownErrors knownErrors, ServiceCatalogue services) {
    this.knownErrors = knownErrors;
    this.services = services;
  }

  @GetMapping("/known-errors")
  String search(@RequestParam Map<String, String> params, Model model) {
    int page = ListParams.page(params);
    List<KnownError> found = knownErrors.search(ListParams.text(params.get("q")), ListParams.text(params.get("ci")),
        ListParams.text(params.get("service")), ListParams.text(params.get("status")), page * PAGE_SIZE, PAGE_SIZE + 1);
    model.addAttribute("knownErrors", found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found);
    model.addAttribute("hasNext", found.size() > PAGE_SIZE);
    model.addAttribute("page", page);
    model.addAttribute("pageLink", ListParams.pageLink("/known-errors", params));
    model.addAttribute("params", params);
    model.addAttribute("services", services.list(null));
    return "known-errors/list";
  }
}
