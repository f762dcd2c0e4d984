package org.itsmflow.catalogue;

import java.util.Locale;

/** How one configuration item relates to another. */
public enum CiRelationType {
  DEPENDS_ON,
  RUNS_ON;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
