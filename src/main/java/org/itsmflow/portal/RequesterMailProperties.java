package org.itsmflow.portal;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mails to requesters.
 *
 * @param baseUrl ITSM_BASE_URL: the address people open the application at, for the links in
 *     e-mails (default http://localhost:8080)
 * @param templatesDir ITSM_MAIL_TEMPLATES: a folder whose {@code <kind>.txt} files replace the
 *     built-in texts (docs/requesters.md lists the kinds and their placeholders)
 * @param breachApologyServices ITSM_MAIL_BREACH_APOLOGY: the services (codes, comma-separated)
 *     whose requesters get an apology when a target of their incident is missed
 */
@ConfigurationProperties("itsm.requester-mail")
public record RequesterMailProperties(String baseUrl, Path templatesDir, List<String> breachApologyServices) {

  public RequesterMailProperties {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    breachApologyServices = breachApologyServices == null ? List.of() : List.copyOf(breachApologyServices);
  }
}
