package org.itsmflow.reporting;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Service management objectives: process owners and administrators keep them (SecurityConfig), all staff read. */
@RestController
class ObjectiveController {

  private final Objectives objectives;

  ObjectiveController(Objectives objectives) {
    this.objectives = objectives;
  }

  @GetMapping("/api/objectives")
  List<Objectives.Objective> list() {
    return objectives.list();
  }

  @GetMapping("/api/objectives/{id}")
  Objectives.Objective get(@PathVariable String id) {
    return objectives.get(id);
  }

  @PostMapping("/api/objectives")
  ResponseEntity<Objectives.Objective> create(@RequestBody(required = false) Objectives.Definition body) {
    Objectives.Objective created = objectives.create(body);
    return ResponseEntity.created(URI.create("/api/objectives/" + created.id())).body(created);
  }

  @PutMapping("/api/objectives/{id}")
  Objectives.Objective update(@PathVariable String id, @RequestBody(required = false) Objectives.Definition body) {
    return objectives.update(id, body);
  }
}
