package org.itsmflow.request;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Defines request items for set-up code (the demo profile); people use PUT /api/request-items/{code}. */
@Component
public class RequestCatalogue {

  private final RequestRepository repository;

  RequestCatalogue(RequestRepository repository) {
    this.repository = repository;
  }

  /** Creates or replaces the item; true if it is new. */
  @Transactional
  public boolean define(RequestItem item) {
    return repository.saveItem(item);
  }
}
