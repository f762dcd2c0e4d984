package org.itsmflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies per operation, in nanoseconds, recorded from many threads. */
final class Latencies {

  private final Map<String, ConcurrentLinkedQueue<Long>> byOperation = new ConcurrentHashMap<>();

  void record(String operation, long nanos) {
    byOperation.computeIfAbsent(operation, k -> new ConcurrentLinkedQueue<>()).add(nanos);
  }

  /** Per operation: count and p50/p95/p99 in milliseconds. */
  Map<String, Map<String, Object>> summary() {
    Map<String, Map<String, Object>> result = new LinkedHashMap<>();
    byOperation.keySet().stream().sorted().forEach(operation -> {
      List<Long> values = new ArrayList<>(byOperation.get(operation));
      Collections.sort(values);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("count", values.size());
      row.put("p50Ms", millis(percentile(values, 50)));
      row.put("p95Ms", millis(percentile(values, 95)));
      row.put("p99Ms", millis(percentile(values, 99)));
      result.put(operation, row);
    });
    return result;
  }

  static long percentile(List<Long> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  static double millis(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
