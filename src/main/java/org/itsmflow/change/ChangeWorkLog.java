package org.itsmflow.change;

import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.springframework.stereotype.Component;

/** A change's work log: who did what and when, written by every part of change management. */
@Component
class ChangeWorkLog {

  private final ChangeRepository repository;
  private final CurrentUser currentUser;

  ChangeWorkLog(ChangeRepository repository, CurrentUser currentUser) {
    this.repository = repository;
    this.currentUser = currentUser;
  }

  void add(String number, String action, String text) {
    repository.log(number, EngineClock.now(), currentUser.id(), action, text);
  }

  /** For steps a repeated job may run again: the same entry is written once. */
  void once(String number, String action, String text) {
    if (!repository.logged(number, action, text)) {
      add(number, action, text);
    }
  }
}
