package org.itsmflow.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;

/** Body of PUT /api/services/{code}. */
public record ServiceRequest(
    String name, String description, String ownerGroup, Integer criticality, String status, String calendarId,
    List<String> dependsOn) {

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,29}");

  public Service validated(String code) {
    Fields.matching("code", code, CODE, "1 to 30 upper-case letters, digits, '_' or '-', e.g. EMAIL");
    List<String> dependencies = dependsOn == null ? List.of() : List.copyOf(new LinkedHashSet<>(dependsOn));
    for (int i = 0; i < dependencies.size(); i++) {
      Fields.matching("dependsOn[" + i + "]", dependencies.get(i), CODE, "a service code");
      if (dependencies.get(i).equals(code)) {
        throw new InvalidFieldException("dependsOn[" + i + "]", "a service cannot depend on itself");
      }
    }
    return new Service(code,
        Fields.text("name", name, 200),
        Fields.optionalText("description", description, 4000),
        Fields.text("ownerGroup", ownerGroup, 64),
        Fields.range("criticality", criticality, 1, 3),
        Fields.oneOf("status", status, ServiceStatus.class),
        Fields.text("calendarId", calendarId, 50),
        dependencies);
  }
}
