package org.itsmflow.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.itsmflow.platform.ActionNotAllowedException;
import org.itsmflow.platform.CurrentUser;
import org.itsmflow.platform.EngineClock;
import org.itsmflow.platform.RecordNotFoundException;
import org.itsmflow.platform.RecordNumbers;
import org.itsmflow.ports.ChangePort;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CMDB (ISO 20000 8.2.6): every CI has a unique id, a type, relationships and a status,
 * and every change is kept with who, when, and the old and new value. CIs are retired, never
 * deleted, so that their history stays.
 */
@Component
public class ConfigurationItems {

  static final String RECORD_TYPE = "Configuration item";
  static final String NUMBER_PREFIX = "CI";
  /** History field of the changes implemented on a CI. */
  public static final String IMPLEMENTED_CHANGE = "implementedChange";

  /**
   * The CIs of a service (parameter: the service code), for another package's query to select
   * from without knowing the catalogue's tables: {@code ci_id IN (CIS_OF_SERVICE)}.
   */
  public static final String CIS_OF_SERVICE = "SELECT ci_id FROM itsm_ci_service WHERE service_code = ?";

  private static final List<Field> FIELDS = List.of(
      new Field("type", ConfigurationItem::type),
      new Field("name", ConfigurationItem::name),
      new Field("description", ConfigurationItem::description),
      new Field("status", ci -> ci.status().name().toLowerCase(Locale.ROOT)),
      new Field("ownerGroup", ConfigurationItem::ownerGroup),
      new Field("underChangeControl", ci -> String.valueOf(ci.underChangeControl())),
      new Field("services", ci -> String.join(", ", ci.services())),
      new Field("relations", ci -> String.join(", ", ci.relations().stream()
          .map(r -> r.relation().id() + " " + r.target()).toList())));

  private record Field(String name, Function<ConfigurationItem, String> value) {}

  private final CiRepository repository;
  private final CiTypes types;
  private final ServiceCatalogue services;
  private final OwnerGroups ownerGroups;
  private final CurrentUser currentUser;
  private final RecordNumbers numbers;
  // Lazily: change management itself records its implementations here.
  private final ObjectProvider<ChangePort> changes;

  ConfigurationItems(CiRepository repository, CiTypes types, ServiceCatalogue services, OwnerGroups ownerGroups,
      CurrentUser currentUser, RecordNumbers numbers, ObjectProvider<ChangePort> changes) {
    this.changes = changes;
    this.repository = repository;
    this.types = types;
    this.services = services;
    this.ownerGroups = ownerGroups;
    this.currentUser = currentUser;
    this.numbers = numbers;
  }

  @Transactional
  public ConfigurationItem create(CiRequest request) {
    ConfigurationItem draft = request.validated(null);
    checkReferences(draft);
    ConfigurationItem ci = withId(draft, numbers.next(NUMBER_PREFIX));
    repository.insert(ci);
    record(null, ci);
    return get(ci.id());
  }

  /**
   * Edits a CI. One under change control (8.5.1.3) is edited only within a change being
   * implemented on it ({@code change}, its number; implementing, or in a release that deploys it):
   * 409 otherwise; the CI's history then names the change. A CI not under change control takes an edit as it is.
   */
  @Transactional
  public ConfigurationItem update(String id, CiRequest request, String change) {
    ConfigurationItem before = lockedForEdit(id);
    ConfigurationItem after = request.validated(id);
    checkReferences(after);
    String under = before.underChangeControl() ? implementingChange(id, change) : null;
    write(before, after);
    if (under != null) {
      recordImplementedChange(id, under, "CI record edited within the change");
    }
    return get(id);
  }

  /**
   * A release's rollback writes the CI back as it was baselined before the release's changes,
   * under change control or not: the rollback is part of the release's authorised changes.
   */
  @Transactional
  public ConfigurationItem restoreBaseline(String id, CiRequest baseline, String releaseNumber) {
    ConfigurationItem before = lockedForEdit(id);
    ConfigurationItem after = baseline.validated(id);
    checkReferences(after);
    write(before, after);
    recordImplementedChange(id, releaseNumber, "restored to its baseline by the rollback");
    return get(id);
  }

  private ConfigurationItem lockedForEdit(String id) {
    return repository.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  private void write(ConfigurationItem before, ConfigurationItem after) {
    repository.update(after);
    record(before, after);
  }

  /** A change's own implementation, or its release's deployment. */
  private static final List<String> IMPLEMENTING = List.of("implementing", "in-release");

  /** The change whose implementation covers an edit of this CI; 409 naming {@code change} without one. */
  private String implementingChange(String id, String change) {
    String number = change == null || change.isBlank() ? null : change.trim();
    boolean implementing = number != null && changes.getObject().find(List.of(number)).stream()
        .anyMatch(c -> IMPLEMENTING.contains(c.status()) && c.ciIds().contains(id));
    if (!implementing) {
      throw new ActionNotAllowedException(id, "under change control", "be edited outside a change being implemented "
          + "on it (give that change's number in 'change')");
    }
    return number;
  }

  /**
   * A change was implemented on the CI (8.2.6, 8.5.1.3): its history names the change, who
   * implemented it and when. Safe to repeat for the same change.
   */
  @Transactional
  public void recordImplementedChange(String id, String changeNumber, String summary) {
    repository.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    String entry = changeNumber + ": " + summary;
    String last = repository.lastValue(id, IMPLEMENTED_CHANGE);
    if (entry.equals(last)) {
      return;
    }
    repository.addHistory(id, EngineClock.now(), currentUser(), IMPLEMENTED_CHANGE, last,
        entry.length() > 4000 ? entry.substring(0, 4000) : entry);
  }

  @Transactional(readOnly = true)
  public ConfigurationItem get(String id) {
    return repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  @Transactional(readOnly = true)
  public boolean exists(String id) {
    return repository.exists(id);
  }

  @Transactional(readOnly = true)
  public List<ConfigurationItem> list(String type, CiStatus status, String service) {
    return repository.find(type, status, service);
  }

  @Transactional(readOnly = true)
  public List<CiChange> history(String id) {
    if (!repository.exists(id)) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return repository.history(id);
  }

  private void checkReferences(ConfigurationItem ci) {
    if (!types.exists(ci.type())) {
      throw new RecordNotFoundException("CI type", ci.type(), "type");
    }
    ownerGroups.requireExists(ci.ownerGroup(), "ownerGroup");
    for (int i = 0; i < ci.services().size(); i++) {
      if (!services.exists(ci.services().get(i))) {
        throw new RecordNotFoundException(ServiceCatalogue.RECORD_TYPE, ci.services().get(i), "services[" + i + "]");
      }
    }
    for (int i = 0; i < ci.relations().size(); i++) {
      String target = ci.relations().get(i).target();
      if (!repository.exists(target)) {
        throw new RecordNotFoundException(RECORD_TYPE, target, "relations[" + i + "].target");
      }
    }
  }

  /** One history entry per field that changed; on creation every field that has a value. */
  private void record(ConfigurationItem before, ConfigurationItem after) {
    Instant now = EngineClock.now();
    String user = currentUser();
    for (Field field : FIELDS) {
      String oldValue = before == null ? null : emptyToNull(field.value().apply(before));
      String newValue = emptyToNull(field.value().apply(after));
      if (!Objects.equals(oldValue, newValue)) {
        repository.addHistory(after.id(), now, user, field.name(), oldValue, newValue);
      }
    }
  }

  private String currentUser() {
    return currentUser.id();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static ConfigurationItem withId(ConfigurationItem ci, String id) {
    return new ConfigurationItem(id, ci.type(), ci.name(), ci.description(), ci.status(), ci.ownerGroup(),
        ci.underChangeControl(), ci.services(), ci.relations());
  }
}
