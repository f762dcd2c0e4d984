package org.itsmflow.problem;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * itsm.problem.*: when trend detection runs (a Camunda timer cycle: cron with seconds, or
 * ISO 8601 R/PT1H) and how long a fix is watched for recurring incidents before the problem
 * closes.
 */
@ConfigurationProperties("itsm.problem")
public record ProblemProperties(String detectionCycle, Duration verificationPeriod) {

  public ProblemProperties {
    detectionCycle = detectionCycle == null || detectionCycle.isBlank() ? "0 5 * * * ?" : detectionCycle.trim();
    verificationPeriod = verificationPeriod == null ? Duration.ofDays(14) : verificationPeriod;
  }
}
