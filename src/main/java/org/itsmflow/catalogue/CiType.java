package org.itsmflow.catalogue;

/** A kind of configuration item (server, application, ...): data, not code. */
public record CiType(String code, String name) {}
