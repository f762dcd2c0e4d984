package org.itsmflow.audit;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit programme and its audits: process owners and administrators keep the programme
 * (SecurityConfig); each audit's steps are worked in Tasklist; all staff read.
 */
@RestController
class InternalAuditController {

  private final AuditProgramme programme;
  private final InternalAudits audits;

  InternalAuditController(AuditProgramme programme, InternalAudits audits) {
    this.programme = programme;
    this.audits = audits;
  }

  @GetMapping("/api/audit-programme")
  List<AuditProgramme.Entry> programme() {
    return programme.list();
  }

  @GetMapping("/api/audit-programme/{processKey}")
  AuditProgramme.Entry entry(@PathVariable String processKey) {
    return programme.get(processKey);
  }

  @PutMapping("/api/audit-programme/{processKey}")
  AuditProgramme.Entry put(@PathVariable String processKey,
      @RequestBody(required = false) AuditProgramme.EntryRequest body) {
    return programme.put(processKey, body);
  }

  @DeleteMapping("/api/audit-programme/{processKey}")
  ResponseEntity<Void> remove(@PathVariable String processKey) {
    programme.remove(processKey);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/internal-audits")
  List<InternalAudits.Audit> audits(@RequestParam(required = false) String status) {
    return audits.list(status);
  }

  @GetMapping("/api/internal-audits/{id}")
  InternalAudits.Audit audit(@PathVariable String id) {
    return audits.get(id);
  }
}
