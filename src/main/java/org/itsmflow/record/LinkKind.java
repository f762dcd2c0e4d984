package org.itsmflow.record;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How two records relate; each kind reads one way from the record it was made on, its inverse from the other. */
public enum LinkKind {
  RELATES_TO("relates-to", "relates-to"),
  CAUSED_BY("caused-by", "causes"),
  DUPLICATES("duplicates", "duplicated-by");

  private final String id;
  private final String inverse;

  LinkKind(String id, String inverse) {
    this.id = id;
    this.inverse = inverse;
  }

  public String id() {
    return id;
  }

  public String inverse() {
    return inverse;
  }

  public static Optional<LinkKind> of(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(LinkKind::id).toList();
  }
}
