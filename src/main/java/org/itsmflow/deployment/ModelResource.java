package org.itsmflow.deployment;

import java.util.Arrays;

/**
 * One model file as the engine stores it: {@code processes/incident-management.bpmn},
 * {@code forms/incident-classify.form}.
 */
record ModelResource(String name, byte[] content) {

  static final String PROCESSES = "processes/";
  static final String FORMS = "forms/";

  boolean isBpmn() {
    return name.endsWith(".bpmn");
  }

  boolean isForm() {
    return name.endsWith(".form");
  }

  boolean sameContentAs(byte[] other) {
    return Arrays.equals(content, other);
  }
}
