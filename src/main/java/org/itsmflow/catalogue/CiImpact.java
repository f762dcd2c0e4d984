package org.itsmflow.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a CI's failure reaches (ISO 20000 8.2.6, 8.6.1 impact): the CIs it depends on or runs on,
 * directly or further up (upstream), the CIs that depend on or run on it, directly or further down
 * (downstream), and the services of the CI and of everything downstream. Pure: it works on the
 * CMDB's CIs as given, each reached once however many paths lead to it.
 */
public final class CiImpact {

  /** A CI reached from the one looked at: how far, through which relation, from which CI. */
  public record Reached(String id, String name, int depth, String relation, String from) {}

  private final List<Reached> upstream;
  private final List<Reached> downstream;
  private final Set<String> services;

  private CiImpact(List<Reached> upstream, List<Reached> downstream, Set<String> services) {
    this.upstream = upstream;
    this.downstream = downstream;
    this.services = services;
  }

  public static CiImpact of(String id, List<ConfigurationItem> cmdb) {
    Map<String, ConfigurationItem> byId = new HashMap<>();
    Map<String, List<ConfigurationItem.Relation>> incoming = new HashMap<>();
    for (ConfigurationItem ci : cmdb) {
      byId.put(ci.id(), ci);
      for (ConfigurationItem.Relation relation : ci.relations()) {
        incoming.computeIfAbsent(relation.target(), k -> new ArrayList<>())
            .add(new ConfigurationItem.Relation(relation.relation(), ci.id()));
      }
    }
    List<Reached> up = walk(id, byId, target -> byId.containsKey(target) ? byId.get(target).relations() : List.of());
    List<Reached> down = walk(id, byId, target -> incoming.getOrDefault(target, List.of()));
    Set<String> services = new TreeSet<>(byId.containsKey(id) ? byId.get(id).services() : List.of());
    down.forEach(r -> services.addAll(byId.get(r.id()).services()));
    return new CiImpact(up, down, services);
  }

  private static List<Reached> walk(String start, Map<String, ConfigurationItem> byId,
      Function<String, List<ConfigurationItem.Relation>> next) {
    List<Reached> reached = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>(List.of(start));
    Deque<Reached> queue = new ArrayDeque<>();
    queue.add(new Reached(start, null, 0, null, null));
    while (!queue.isEmpty()) {
      Reached current = queue.poll();
      for (ConfigurationItem.Relation relation : next.apply(current.id())) {
        if (byId.containsKey(relation.target()) && seen.add(relation.target())) {
          Reached found = new Reached(relation.target(), byId.get(relation.target()).name(), current.depth() + 1,
              relation.relation().name().toLowerCase(Locale.ROOT).replace('_', ' '), current.id());
          reached.add(found);
          queue.add(found);
        }
      }
    }
    return reached;
  }

  public List<Reached> upstream() {
    return upstream;
  }

  public List<Reached> downstream() {
    return downstream;
  }

  /** The services a failure of the CI touches, by code. */
  public Set<String> services() {
    return services;
  }
}
