package org.itsmflow.release;

/**
 * A release type (data): who accepts its releases and how long early life support lasts.
 *
 * @param acceptance "all" (the release managers and every affected service's owners) or
 *     "release-manager" (the release managers alone)
 */
public record ReleaseType(String code, String name, String description, String acceptance, int earlyLifeDays,
    boolean active) {

  static final String ALL = "all";
  static final String RELEASE_MANAGER = "release-manager";
}
