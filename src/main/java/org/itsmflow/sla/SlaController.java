package org.itsmflow.sla;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SLA definitions: {@code /api/slas/{scope}/{priority}} where scope is a service code or
 * {@code default}. Read by all staff, written by service owners and admins (SecurityConfig).
 */
@RestController
@RequestMapping("/api/slas")
class SlaController {

  private final ServiceLevels serviceLevels;

  SlaController(ServiceLevels serviceLevels) {
    this.serviceLevels = serviceLevels;
  }

  /** The defaults and, with {@code service}, that service's own SLAs. */
  @GetMapping
  List<SlaDefinition> list(@RequestParam(required = false) String service) {
    return serviceLevels.list(service);
  }

  @GetMapping("/{scope}/{priority}")
  SlaDefinition get(@PathVariable String scope, @PathVariable int priority) {
    return serviceLevels.get(scope, priority);
  }

  @PutMapping("/{scope}/{priority}")
  ResponseEntity<SlaDefinition> put(@PathVariable String scope, @PathVariable int priority,
      @RequestBody SlaRequest request) {
    boolean created = serviceLevels.save(scope, priority, request);
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(serviceLevels.get(scope, priority));
  }

  @DeleteMapping("/{scope}/{priority}")
  ResponseEntity<Void> delete(@PathVariable String scope, @PathVariable int priority) {
    serviceLevels.delete(scope, priority);
    return ResponseEntity.noContent().build();
  }
}
