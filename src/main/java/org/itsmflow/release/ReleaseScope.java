package org.itsmflow.release;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.itsmflow.catalogue.ConfigurationItems;
import org.itsmflow.ports.ChangePort;
import org.itsmflow.ports.ChangePort.ChangeFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a release touches: the changes it bundles (as change management says they stand), their
 * CIs and the services those CIs and changes belong to.
 */
@Component
class ReleaseScope {

  private final ReleaseRepository repository;
  private final ChangePort changes;
  private final ConfigurationItems cis;

  ReleaseScope(ReleaseRepository repository, ChangePort changes, ConfigurationItems cis) {
    this.repository = repository;
    this.changes = changes;
    this.cis = cis;
  }

  /** The release's changes with how each stands (deployed, failed, still in the release, ...), by number. */
  @Transactional(readOnly = true)
  List<BundledChange> changes(String number) {
    return facts(number).stream().map(c -> new BundledChange(c.number(), c.title(), c.status(), c.outcome()))
        .toList();
  }

  /** The CIs the release's changes affect, in order. */
  @Transactional(readOnly = true)
  List<String> cis(String number) {
    return List.copyOf(new TreeSet<>(facts(number).stream().flatMap(c -> c.ciIds().stream()).toList()));
  }

  /** The services the release's changes affect: their own and their CIs', in order. */
  @Transactional(readOnly = true)
  List<String> services(String number) {
    List<ChangeFacts> bundled = facts(number);
    Stream<String> own = bundled.stream().map(ChangeFacts::serviceCode);
    Stream<String> ofCis = bundled.stream().flatMap(c -> c.ciIds().stream()).distinct()
        .flatMap(ci -> cis.get(ci).services().stream());
    return List.copyOf(new TreeSet<>(Stream.concat(own, ofCis).toList()));
  }

  private List<ChangeFacts> facts(String number) {
    return changes.find(repository.changes(number));
  }
}
