package org.itsmflow.catalogue;

/** Where a service is in its life (ISO 20000 8.2: service portfolio). */
public enum ServiceStatus {
  PIPELINE,
  LIVE,
  RETIRED
}
