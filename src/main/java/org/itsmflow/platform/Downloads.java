package org.itsmflow.platform;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file we build (a report, an evidence pack, a calendar) as a download under a plain ASCII name. */
public final class Downloads {

  private Downloads() {}

  public static <T> ResponseEntity<T> of(String fileName, MediaType type, T body) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .contentType(type)
        .body(body);
  }
}
