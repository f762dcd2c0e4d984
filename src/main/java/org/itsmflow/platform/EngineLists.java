package org.itsmflow.platform;

import java.util.ArrayList;
import java.util.List;

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
}
