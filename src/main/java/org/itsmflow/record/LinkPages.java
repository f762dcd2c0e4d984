package org.itsmflow.record;

import java.util.Map;
import org.itsmflow.workspace.OwnPages;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Links between records from the workspace's record pages, whatever their types: the same
 * {@link RecordLinks} as the API (404, 400 naming the field), back to the page the form came from.
 */
@WorkspacePage
class LinkPages {

  private final RecordLinks links;

  LinkPages(RecordLinks links) {
    this.links = links;
  }

  @PostMapping("/records/{number}/links")
  @Transactional
  String link(@PathVariable String number, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    links.link(number, form.get("kind"), form.get("to"));
    redirect.addFlashAttribute("notice", "Linked to " + form.get("to").trim() + ".");
    return "redirect:" + OwnPages.orStart(form.get("back"));
  }

  @PostMapping("/records/{number}/links/{id}/remove")
  @Transactional
  String unlink(@PathVariable String number, @PathVariable long id, @RequestParam("back") String back,
      RedirectAttributes redirect) {
    links.unlink(number, id);
    redirect.addFlashAttribute("notice", "Link removed.");
    return "redirect:" + OwnPages.orStart(back);
  }
}
