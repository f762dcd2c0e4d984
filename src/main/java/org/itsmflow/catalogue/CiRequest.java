package org.itsmflow.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;

/** Body of POST /api/cis and PUT /api/cis/{id}. */
public record CiRequest(
    String type, String name, String description, String status, String ownerGroup, Boolean underChangeControl,
    List<String> services, List<RelationRequest> relations) {

  public record RelationRequest(String relation, String target) {}

  ConfigurationItem validated(String id) {
    List<String> serviceCodes = services == null ? List.of() : List.copyOf(new LinkedHashSet<>(services));
    for (int i = 0; i < serviceCodes.size(); i++) {
      Fields.matching("services[" + i + "]", serviceCodes.get(i), ServiceRequest.CODE, "a service code");
    }
    List<ConfigurationItem.Relation> checked = new ArrayList<>();
    List<RelationRequest> given = relations == null ? List.of() : relations;
    for (int i = 0; i < given.size(); i++) {
      String field = "relations[" + i + "]";
      if (given.get(i) == null) {
        throw new InvalidFieldException(field, "required");
      }
      CiRelationType type = Fields.oneOf(field + ".relation", given.get(i).relation(), CiRelationType.class);
      String target = Fields.text(field + ".target", given.get(i).target(), 20);
      if (target.equals(id)) {
        throw new InvalidFieldException(field + ".target", "a CI cannot relate to itself");
      }
      ConfigurationItem.Relation relation = new ConfigurationItem.Relation(type, target);
      if (!checked.contains(relation)) {
        checked.add(relation);
      }
    }
    return new ConfigurationItem(id,
        Fields.text("type", type, 30),
        Fields.text("name", name, 200),
        Fields.optionalText("description", description, 4000),
        Fields.oneOf("status", status, CiStatus.class),
        Fields.text("ownerGroup", ownerGroup, 64),
        Boolean.TRUE.equals(underChangeControl),
        serviceCodes,
        List.copyOf(checked));
  }
}
