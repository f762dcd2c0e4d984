package org.itsmflow.audit;

import java.util.Arrays;
import java.util.List;
import org.itsmflow.security.GroupAuthority;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Internal audits in the workspace: the programme (process owners and administrators change it),
 * every audit with where it stands, and one audit with its findings and their nonconformities.
 */
@WorkspacePage
class AuditPages {

  private final AuditProgramme programme;
  private final InternalAudits audits;

  AuditPages(AuditProgramme programme, InternalAudits audits) {
    this.programme = programme;
    this.audits = audits;
  }

  @GetMapping("/audits")
  @Transactional(readOnly = true)
  String list(Authentication caller, Model model) {
    model.addAttribute("entries", programme.list());
    model.addAttribute("audits", audits.list(null));
    model.addAttribute("processes", programme.auditable());
    model.addAttribute("clauses", Clauses.all());
    model.addAttribute("mayEdit", GroupAuthority.isAdminOr(caller, RoleGroup.PROCESS_OWNERS));
    return "audits/list";
  }

  @GetMapping("/audits/{id}")
  @Transactional(readOnly = true)
  String audit(@PathVariable String id, Model model) {
    InternalAudits.Audit audit = audits.get(id);
    model.addAttribute("audit", audit);
    return "audits/view";
  }

  @PostMapping("/audits/programme")
  String put(@RequestParam(required = false) String processKey, @RequestParam(required = false) List<String> clauses,
      @RequestParam(required = false) String importance, @RequestParam(required = false) String nextDue,
      RedirectAttributes redirect) {
    AuditProgramme.Entry entry = programme.put(processKey == null ? "" : processKey,
        new AuditProgramme.EntryRequest(clauses == null ? null : clauses.stream()
            .flatMap(c -> Arrays.stream(c.split(","))).toList(), importance, nextDue));
    redirect.addFlashAttribute("notice", entry.processName() + " is audited every " + entry.intervalMonths()
        + " months" + (entry.next() == null ? "." : "; its next audit " + entry.next().id() + " is due by "
            + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
                .format(entry.next().dueOn()) + "."));
    return "redirect:/audits";
  }

  @PostMapping("/audits/programme/{processKey}/remove")
  String remove(@PathVariable String processKey, RedirectAttributes redirect) {
    programme.remove(processKey);
    redirect.addFlashAttribute("notice", processKey + " is no longer in the audit programme.");
    return "redirect:/audits";
  }
}
