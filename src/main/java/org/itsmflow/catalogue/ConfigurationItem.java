package org.itsmflow.catalogue;

import java.util.List;

/**
 * A configuration item (ISO 20000 8.2.6).
 *
 * @param id CI-000001
 * @param type a CI type code (data: /api/ci-types)
 * @param underChangeControl whether changes to it must go through change management (8.5.1)
 * @param services codes of the services it supports
 * @param relations its relationships to other CIs
 */
public record ConfigurationItem(
    String id, String type, String name, String description, CiStatus status, String ownerGroup,
    boolean underChangeControl, List<String> services, List<Relation> relations) {

  public record Relation(CiRelationType relation, String target) {}
}
