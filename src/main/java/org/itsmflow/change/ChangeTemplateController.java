package org.itsmflow.change;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of standard changes: all staff read, change managers keep it. */
@RestController
@RequestMapping("/api/change-templates")
class ChangeTemplateController {

  private final ChangeTemplates templates;

  ChangeTemplateController(ChangeTemplates templates) {
    this.templates = templates;
  }

  @GetMapping
  List<ChangeTemplate> list(@RequestParam(required = false) Boolean active) {
    return templates.list(active);
  }

  @GetMapping("/{code}")
  ChangeTemplate get(@PathVariable String code) {
    return templates.get(code);
  }

  /** 201 when created, 200 when replaced; {"active": false} retires a template. */
  @PutMapping("/{code}")
  ResponseEntity<ChangeTemplate> put(@PathVariable String code, @RequestBody ChangeTemplates.Request request) {
    boolean created = templates.save(code, request);
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(templates.get(code));
  }
}
