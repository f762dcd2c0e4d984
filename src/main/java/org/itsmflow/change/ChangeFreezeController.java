package org.itsmflow.change;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.itsmflow.platform.EngineClock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Change freeze windows: all staff read, change managers keep them. */
@RestController
@RequestMapping("/api/change-freezes")
class ChangeFreezeController {

  private final ChangeFreezes freezes;

  ChangeFreezeController(ChangeFreezes freezes) {
    this.freezes = freezes;
  }

  /** Freezes overlapping [from, to); default: from now for a year. */
  @GetMapping
  List<ChangeFreeze> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Instant start = from == null ? EngineClock.now() : ChangeFreezes.instant("from", from);
    Instant end = to == null ? start.plus(Duration.ofDays(366)) : ChangeFreezes.instant("to", to);
    return freezes.between(start, end);
  }

  @GetMapping("/{id}")
  ChangeFreeze get(@PathVariable long id) {
    return freezes.get(id);
  }

  @PostMapping
  ResponseEntity<ChangeFreeze> create(@RequestBody ChangeFreezes.Request request) {
    ChangeFreeze freeze = freezes.create(request);
    return ResponseEntity.created(URI.create("/api/change-freezes/" + freeze.id())).body(freeze);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    freezes.delete(id);
    return ResponseEntity.noContent().build();
  }
}
