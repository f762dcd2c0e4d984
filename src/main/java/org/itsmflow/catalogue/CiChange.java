package org.itsmflow.catalogue;

import java.time.Instant;

/** One entry of a CI's history: who changed which field when, from what to what. */
public record CiChange(Instant changedAt, String changedBy, String field, String oldValue, String newValue) {}
