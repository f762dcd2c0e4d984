package org.itsmflow.catalogue;

import java.util.List;

/**
 * A service of the catalogue.
 *
 * @param criticality 1 (critical) to 3 (low)
 * @param calendarId the support hours: the business calendar its SLAs count on by default
 * @param dependsOn codes of the services this one needs
 */
public record Service(
    String code, String name, String description, String ownerGroup, int criticality,
    ServiceStatus status, String calendarId, List<String> dependsOn) {}
