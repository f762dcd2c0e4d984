package org.itsmflow.release;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Release types as data: all staff read them, release managers keep them (retire with active=false). */
@RestController
@RequestMapping("/api/release-types")
class ReleaseTypeController {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,19}");

  private final ReleaseRepository repository;
  private final Releases releases;

  ReleaseTypeController(ReleaseRepository repository, Releases releases) {
    this.repository = repository;
    this.releases = releases;
  }

  record TypeRequest(String name, String description, String acceptance, Integer earlyLifeDays, Boolean active) {}

  @GetMapping
  List<ReleaseType> list() {
    return repository.types();
  }

  @GetMapping("/{code}")
  ReleaseType get(@PathVariable String code) {
    return releases.type(code);
  }

  /** 201 for a new type, 200 for a replaced one. */
  @PutMapping("/{code}")
  @Transactional
  ResponseEntity<ReleaseType> save(@PathVariable String code, @RequestBody TypeRequest body) {
    String checked = Fields.matching("code", code == null ? null : code.toLowerCase(Locale.ROOT), CODE,
        "lower-case letters, digits and hyphens, 2 to 20, e.g. hotfix");
    TypeRequest r = body == null ? new TypeRequest(null, null, null, null, null) : body;
    String acceptance = r.acceptance() == null ? null : r.acceptance().trim().toLowerCase(Locale.ROOT);
    if (!ReleaseType.ALL.equals(acceptance) && !ReleaseType.RELEASE_MANAGER.equals(acceptance)) {
      throw new InvalidFieldException("acceptance", "all (release managers and affected service owners) or release-manager");
    }
    ReleaseType type = new ReleaseType(checked, Fields.text("name", r.name(), 100),
        Fields.optionalText("description", r.description(), 1000), acceptance,
        Fields.range("earlyLifeDays", r.earlyLifeDays(), 0, 365), r.active() == null || r.active());
    boolean created = repository.saveType(type);
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(releases.type(checked));
  }
}
