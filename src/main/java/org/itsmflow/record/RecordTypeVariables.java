package org.itsmflow.record;

import java.util.Set;

/** The part of {@link RecordProcessVariables} every record type states the same way: its type and its flow. */
public abstract class RecordTypeVariables implements RecordProcessVariables {

  private final RecordType type;
  private final Set<String> flow;

  protected RecordTypeVariables(RecordType type, Set<String> flow) {
    this.type = type;
    this.flow = flow;
  }

  @Override
  public final RecordType type() {
    return type;
  }

  @Override
  public final Set<String> flow() {
    return flow;
  }
}
