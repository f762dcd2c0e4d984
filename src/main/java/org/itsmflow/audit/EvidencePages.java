package org.itsmflow.audit;

import org.itsmflow.workspace.ViewerTime;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The evidence pack's download from a record's page (the API's, by session), times in the viewer's zone. */
@WorkspacePage
class EvidencePages {

  private final EvidencePacks packs;
  private final EvidencePdf pdf;
  private final ViewerTime time;

  EvidencePages(EvidencePacks packs, EvidencePdf pdf, ViewerTime time) {
    this.packs = packs;
    this.pdf = pdf;
    this.time = time;
  }

  @GetMapping("/records/{number}/evidence/pdf")
  ResponseEntity<byte[]> evidencePdf(@PathVariable String number) {
    return pdf.download(packs.of(number), time.zone());
  }
}
