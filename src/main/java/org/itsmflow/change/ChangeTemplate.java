package org.itsmflow.change;

import java.time.Instant;

/**
 * A standard change: a pre-approved change model (8.5.1.1). A standard RFC takes its
 * description, plans and (if set) service from its template and needs no authorisation.
 */
public record ChangeTemplate(String code, String name, String description, String serviceCode,
    String implementationPlan, String backoutPlan, boolean active, Instant updatedAt, String updatedBy) {}
