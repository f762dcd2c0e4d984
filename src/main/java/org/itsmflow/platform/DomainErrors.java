package org.itsmflow.platform;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The engine wraps an exception thrown in a task or execution listener ("Exception while
 * invoking TaskListener: ..."). Our checks run there too (a Tasklist completion, a start form),
 * so every engine command gives our own exception back unwrapped: the engine REST API then
 * names it (EngineApiErrors answers 400/404/409), as our API does. The transaction rolls back
 * all the same.
 */
@Component
public class DomainErrors extends AbstractProcessEnginePlugin {

  private static final List<Class<? extends RuntimeException>> OURS = List.of(InvalidFieldException.class,
      RecordNotFoundException.class, ActionNotAllowedException.class, RecordInUseException.class,
      ResponseStatusException.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        EngineLists.with(configuration.getCustomPreCommandInterceptorsTxRequired(), new Unwrapping()));
  }

  static RuntimeException unwrap(ProcessEngineException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      for (Class<? extends RuntimeException> ours : OURS) {
        if (ours.isInstance(cause)) {
          return ours.cast(cause);
        }
      }
    }
    return e;
  }

  private static final class Unwrapping extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        throw unwrap(e);
      }
    }
  }
}
