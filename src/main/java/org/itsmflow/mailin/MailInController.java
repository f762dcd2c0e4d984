package org.itsmflow.mailin;

import java.util.List;
import java.util.Map;
import org.itsmflow.platform.Fields;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: what the service desk's mailbox brought and what became of it. */
@RestController
class MailInController {

  /** @param counts how many messages ended how (incident, comment, unknown-sender, auto-reply, ...) */
  record Summary(boolean enabled, Map<String, Integer> counts, List<MailInbox.Entry> latest) {}

  private final MailInbox inbox;
  private final MailInProperties properties;

  MailInController(MailInbox inbox, MailInProperties properties) {
    this.inbox = inbox;
    this.properties = properties;
  }

  @GetMapping("/api/admin/mail-in")
  @Transactional(readOnly = true)
  Summary summary(@RequestParam(defaultValue = "50") int latest) {
    return new Summary(properties.enabled(), inbox.counts(), inbox.latest(Fields.page(0, latest).limit()));
  }
}
