package org.itsmflow.mailin;

import org.itsmflow.workspace.WorkspacePage;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** For administrators in the workspace: what the service desk's mailbox brought and what became of it. */
@WorkspacePage
class MailInPages {

  static final int LATEST = 100;

  private final MailInbox inbox;
  private final MailInProperties properties;

  MailInPages(MailInbox inbox, MailInProperties properties) {
    this.inbox = inbox;
    this.properties = properties;
  }

  @GetMapping("/admin/mail-in")
  @Transactional(readOnly = true)
  String summary(Model model) {
    model.addAttribute("properties", properties);
    model.addAttribute("counts", inbox.counts());
    model.addAttribute("latest", inbox.latest(LATEST));
    return "admin/mail-in";
  }
}
