package org.itsmflow.record;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link RecordDetails} for a record type whose Java record is shown field by field
 * ({@link Fieldwise}): its package names how to find one, its title and its process instance.
 */
public class FieldwiseDetails<R extends Record> implements RecordDetails {

  private final RecordType type;
  private final Function<String, Optional<R>> finder;
  private final Function<R, String> title;
  private final Function<R, String> processInstance;

  public FieldwiseDetails(RecordType type, Function<String, Optional<R>> finder, Function<R, String> title,
      Function<R, String> processInstance) {
    this.type = type;
    this.finder = finder;
    this.title = title;
    this.processInstance = processInstance;
  }

  @Override
  public RecordType type() {
    return type;
  }

  @Override
  public Optional<Shown> show(String number) {
    return finder.apply(number).map(r -> new Shown(title.apply(r), Fieldwise.of(r, Map.of()), processInstance.apply(r)));
  }
}
