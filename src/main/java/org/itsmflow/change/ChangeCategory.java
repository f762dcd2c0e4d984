package org.itsmflow.change;

import java.util.Locale;

/** The change policy's categories (8.5.1.1). */
public enum ChangeCategory {
  /** A pre-approved change model from the template catalogue: no authorisation. */
  STANDARD,
  NORMAL,
  /** Authorised by the ECAB on one approval, reviewed and authorised again afterwards. */
  EMERGENCY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
