package org.itsmflow.problem;

import java.util.List;
import org.itsmflow.platform.Fields;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The known-error database for all staff: search by text, CI and service; one known error. */
@RestController
@RequestMapping("/api/known-errors")
class KnownErrorController {

  private final KnownErrors knownErrors;

  KnownErrorController(KnownErrors knownErrors) {
    this.knownErrors = knownErrors;
  }

  /** q: words in title, symptoms, cause or workaround; status: active (default), resolved or all. */
  @GetMapping
  List<KnownError> search(@RequestParam(required = false) String q, @RequestParam(required = false) String ci,
      @RequestParam(required = false) String service, @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Fields.Page slice = Fields.page(page, size);
    return knownErrors.search(q, ci, service, status, slice.offset(), slice.limit());
  }

  @GetMapping("/{number}")
  KnownError get(@PathVariable String number) {
    return knownErrors.get(number);
  }
}
