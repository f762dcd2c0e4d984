package org.itsmflow.request;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** itsm.request.*: a fulfilled request the requester does not answer closes after this many business days. */
@ConfigurationProperties("itsm.request")
public record RequestProperties(Integer autoCloseBusinessDays) {

  public RequestProperties {
    autoCloseBusinessDays = autoCloseBusinessDays == null ? 3 : autoCloseBusinessDays;
  }
}
