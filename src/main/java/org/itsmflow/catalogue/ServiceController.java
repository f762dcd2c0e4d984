package org.itsmflow.catalogue;

import java.util.List;
import org.itsmflow.platform.Fields;
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

/** The service catalogue: read by all staff, written by service owners and admins (SecurityConfig). */
@RestController
@RequestMapping("/api/services")
class ServiceController {

  private final ServiceCatalogue catalogue;

  ServiceController(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  List<Service> list(@RequestParam(required = false) String status) {
    return catalogue.list(status == null ? null : Fields.oneOf("status", status, ServiceStatus.class));
  }

  @GetMapping("/{code}")
  Service get(@PathVariable String code) {
    return catalogue.get(code);
  }

  /** 201 when created, 200 when an existing service was replaced. */
  @PutMapping("/{code}")
  ResponseEntity<Service> put(@PathVariable String code, @RequestBody ServiceRequest request) {
    boolean created = catalogue.save(request.validated(code));
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(catalogue.get(code));
  }

  @DeleteMapping("/{code}")
  ResponseEntity<Void> delete(@PathVariable String code) {
    catalogue.delete(code);
    return ResponseEntity.noContent().build();
  }
}
