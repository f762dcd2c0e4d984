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
import org.springframework.web.bind.annotation.RestController;

/** Business calendars: read by all staff, written by service owners and admins (SecurityConfig). */
@RestController
@RequestMapping("/api/calendars")
class CalendarController {

  private final BusinessCalendars calendars;

  CalendarController(BusinessCalendars calendars) {
    this.calendars = calendars;
  }

  @GetMapping
  List<CalendarDefinition> list() {
    return calendars.list();
  }

  @GetMapping("/{id}")
  CalendarDefinition get(@PathVariable String id) {
    return calendars.get(id);
  }

  /** 201 when created, 200 when an existing calendar was replaced. */
  @PutMapping("/{id}")
  ResponseEntity<CalendarDefinition> put(@PathVariable String id, @RequestBody CalendarRequest request) {
    CalendarDefinition calendar = request.validated(id);
    boolean created = calendars.save(calendar);
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(calendars.get(id));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable String id) {
    calendars.delete(id);
    return ResponseEntity.noContent().build();
  }
}
