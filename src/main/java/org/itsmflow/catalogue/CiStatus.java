package org.itsmflow.catalogue;

/** Life-cycle status of a configuration item (ISO 20000 8.2.6). */
public enum CiStatus {
  PLANNED,
  ACTIVE,
  MAINTENANCE,
  RETIRED
}
