package org.itsmflow.platform;

/**
 * The configuration cannot work; start-up stops with this message and what to do, and no
 * stack trace (ConfigurationFailureAnalyzer).
 */
public class InvalidConfigurationException extends RuntimeException {

  private final String action;

  public InvalidConfigurationException(String message, String action) {
    super(message);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
