package org.itsmflow.incident;

/** Filters and paging of GET /api/incidents; null means "any". */
record IncidentQuery(
    Boolean open, IncidentStatus status, Integer priority, String serviceCode, String group, Boolean breached,
    int offset, int limit) {}
