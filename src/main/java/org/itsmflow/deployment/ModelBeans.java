package org.itsmflow.deployment;

import java.util.Set;

/**
 * The application's beans as a model sees them: delegate beans it may name
 * ({@code ${recordIncident}}), helper beans it may read ({@code ${problemDetectionSchedule.cycle}}),
 * and every other bean, which it may not reach.
 */
record ModelBeans(Set<String> delegates, Set<String> helpers, Set<String> all) {

  boolean isDelegate(String name) {
    return delegates.contains(name);
  }

  boolean isHelper(String name) {
    return helpers.contains(name);
  }

  boolean isOtherBean(String name) {
    return all.contains(name) && !isDelegate(name) && !isHelper(name);
  }
}
