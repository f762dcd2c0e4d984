package org.itsmflow.reporting;

import java.util.List;
import java.util.function.Function;

/** A measure whose rows one function computes: how the owning packages declare theirs. */
public record SqlMeasure(String name, String title, String formula, List<String> groupings,
    Function<Measure.Query, List<Measure.Row>> rows) implements Measure {

  @Override
  public List<Row> compute(Query query) {
    return rows.apply(query);
  }
}
