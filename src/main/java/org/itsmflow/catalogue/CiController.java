package org.itsmflow.catalogue;

import java.net.URI;
import java.util.List;
import org.itsmflow.platform.Fields;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The CMDB: read by all staff, written by service owners and admins (SecurityConfig). */
@RestController
class CiController {

  private final ConfigurationItems cis;
  private final CiTypes types;

  CiController(ConfigurationItems cis, CiTypes types) {
    this.cis = cis;
    this.types = types;
  }

  @PostMapping("/api/cis")
  ResponseEntity<ConfigurationItem> create(@RequestBody CiRequest request) {
    ConfigurationItem ci = cis.create(request);
    return ResponseEntity.created(URI.create("/api/cis/" + ci.id())).body(ci);
  }

  @GetMapping("/api/cis")
  List<ConfigurationItem> list(@RequestParam(required = false) String type,
      @RequestParam(required = false) String status, @RequestParam(required = false) String service) {
    return cis.list(type, status == null ? null : Fields.oneOf("status", status, CiStatus.class), service);
  }

  @GetMapping("/api/cis/{id}")
  ConfigurationItem get(@PathVariable String id) {
    return cis.get(id);
  }

  /** A CI under change control takes an edit only within a change being implemented on it: {@code ?change=CHG-...}. */
  @PutMapping("/api/cis/{id}")
  ConfigurationItem update(@PathVariable String id, @RequestBody CiRequest request,
      @RequestParam(required = false) String change) {
    return cis.update(id, request, change);
  }

  @GetMapping("/api/cis/{id}/history")
  List<CiChange> history(@PathVariable String id) {
    return cis.history(id);
  }

  @GetMapping("/api/ci-types")
  List<CiType> types() {
    return types.list();
  }

  @PutMapping("/api/ci-types/{code}")
  ResponseEntity<CiType> putType(@PathVariable String code, @RequestBody CiType body) {
    boolean created = types.save(code, body == null ? null : body.name());
    return ResponseEntity.status(created ? 201 : 200).body(new CiType(code, body.name().trim()));
  }

  @DeleteMapping("/api/ci-types/{code}")
  ResponseEntity<Void> deleteType(@PathVariable String code) {
    types.delete(code);
    return ResponseEntity.noContent().build();
  }
}
