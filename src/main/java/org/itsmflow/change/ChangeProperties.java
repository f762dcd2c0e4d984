package org.itsmflow.change;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * itsm.change.*: the CAB must decide {@code cabLeadTime} before the planned start, or the
 * change managers get an escalation task.
 */
@ConfigurationProperties("itsm.change")
public record ChangeProperties(Duration cabLeadTime) {

  public ChangeProperties {
    cabLeadTime = cabLeadTime == null ? Duration.ofHours(24) : cabLeadTime;
  }
}
