package org.itsmflow.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The engine's lists of custom parts (history levels, session factories, incident handlers) are
 * null until a plugin sets one; each of our plugins adds its part to what another may have set.
 */
final class EngineLists {

  private EngineLists() {
  }

  static <T> List<T> with(List<? extends T> configured, T added) {
    List<T> parts = configured == null ? new ArrayList<>() : new ArrayList<>(configured);
    parts.add(added);
    return parts;
  }

  /**
   * Opens our session wherever the engine asks for one of the type. Added after the engine's own
   * factories, a custom factory replaces the engine's of the same type.
   */
  static void addSession(ProcessEngineConfigurationImpl configuration, Class<?> type, Supplier<Session> opener) {
    SessionFactory factory = new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return opener.get();
      }
    };
    configuration.setCustomSessionFactories(with(configuration.getCustomSessionFactories(), factory));
  }
}
