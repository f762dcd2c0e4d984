package org.itsmflow.notification;

import java.util.List;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.security.EngineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The notifications sent to the current user's groups. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  private static final int MAX_LIMIT = 200;

  private final NotificationLog log;

  NotificationController(NotificationLog log) {
    this.log = log;
  }

  @GetMapping
  List<StoredNotification> mine(@AuthenticationPrincipal EngineUser user,
      @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidFieldException("limit", "1 to " + MAX_LIMIT);
    }
    return log.forGroups(user.groupIds(), limit);
  }
}
