package org.itsmflow.nonconformity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** itsm.nonconformity.*: how long after the corrective action its effectiveness is reviewed. */
@ConfigurationProperties("itsm.nonconformity")
public record NonconformityProperties(Duration effectivenessReviewPeriod) {

  public NonconformityProperties {
    effectivenessReviewPeriod = effectivenessReviewPeriod == null ? Duration.ofDays(30) : effectivenessReviewPeriod;
  }
}
