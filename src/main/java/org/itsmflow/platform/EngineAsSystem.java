package org.itsmflow.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls of our API without the caller's engine authorization: the API has checked
 * the caller's group itself, and staff should not need engine-wide rights (such as changing
 * any process instance in Cockpit) to act on their records. Records name the caller through
 * {@link CurrentUser}.
 */
@Component
public class EngineAsSystem {

  private final IdentityService identityService;

  public EngineAsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
