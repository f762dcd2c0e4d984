package org.itsmflow.audit;

import org.itsmflow.workspace.ViewerTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A record's evidence pack for auditors (all staff may read it, as they read the record). */
@RestController
class EvidenceController {

  private final EvidencePacks packs;
  private final EvidencePdf pdf;
  private final ViewerTime time;

  EvidenceController(EvidencePacks packs, EvidencePdf pdf, ViewerTime time) {
    this.packs = packs;
    this.pdf = pdf;
    this.time = time;
  }

  @GetMapping("/api/records/{number}/evidence")
  EvidencePack evidence(@PathVariable String number) {
    return packs.of(number);
  }

  /** The same as a PDF; times in the caller's zone (ITSM_TIME_ZONE for the API). */
  @GetMapping("/api/records/{number}/evidence/pdf")
  ResponseEntity<byte[]> evidencePdf(@PathVariable String number) {
    return pdf.download(packs.of(number), time.zone());
  }
}
