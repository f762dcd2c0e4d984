package org.itsmflow.sla;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every SLA target of a record with its deadlines. Record APIs offer the same under their own
 * path (GET /api/incidents/{number}/sla); this one serves any record number.
 */
@RestController
class SlaStatusController {

  private final SlaClocks clocks;

  SlaStatusController(SlaClocks clocks) {
    this.clocks = clocks;
  }

  @GetMapping("/api/sla/{recordNumber}")
  List<SlaStatus> status(@PathVariable String recordNumber) {
    return clocks.status(recordNumber);
  }
}
