package org.itsmflow.release;

import java.time.Instant;
import java.util.List;
import org.itsmflow.ports.ReleasePort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Release management as change management's calendar sees it: the deployment windows. */
@Component
class ReleasePortAdapter implements ReleasePort {

  private final ReleaseRepository repository;

  ReleasePortAdapter(ReleaseRepository repository) {
    this.repository = repository;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ReleaseWindow> windowsBetween(Instant from, Instant to) {
    return repository.windowsBetween(from, to).stream()
        .map(r -> new ReleaseWindow(r.number(), r.title(), r.status().id(), r.windowStart(), r.windowEnd())).toList();
  }
}
