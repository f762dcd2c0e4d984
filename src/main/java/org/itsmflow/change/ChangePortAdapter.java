package org.itsmflow.change;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.itsmflow.change.ChangeProcess.Messages;
import org.itsmflow.change.ChangeProcess.Variables;
import org.itsmflow.ports.ChangePort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change management as problem and release management see it: a problem's fix as an RFC, a
 * release's changes, and the messages that tell a change's process about its release.
 */
@Component
class ChangePortAdapter implements ChangePort {

  private final Changes changes;
  private final ChangeRepository repository;
  private final ChangeRequests requests;
  private final ChangesInReleases inReleases;
  private final RuntimeService runtimeService;

  ChangePortAdapter(Changes changes, ChangeRepository repository, ChangeRequests requests,
      ChangesInReleases inReleases, RuntimeService runtimeService) {
    this.changes = changes;
    this.repository = repository;
    this.requests = requests;
    this.inReleases = inReleases;
    this.runtimeService = runtimeService;
  }

  @Override
  @Transactional(readOnly = true)
  public void validateFix(FixRequest request) {
    changes.validate(rfc(request));
  }

  @Override
  @Transactional
  public String requestFix(FixRequest request) {
    return requests.submit(rfc(request));
  }

  @Override
  @Transactional(readOnly = true)
  public List<ChangeFacts> openOnCi(String ciId) {
    return find(repository.openOnCi(ciId));
  }

  @Override
  @Transactional(readOnly = true)
  public List<ChangeFacts> find(Collection<String> numbers) {
    // Two queries for all of them: a release view asks for its changes, their CIs and services.
    Map<String, List<String>> cis = repository.cis(numbers);
    return repository.find(numbers).stream()
        .map(c -> new ChangeFacts(c.number(), c.title(), c.status().id(), c.outcome(), c.serviceCode(),
            cis.getOrDefault(c.number(), List.of())))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public void requireBundleable(String number, String field, String releaseNumber) {
    inReleases.requireBundleable(number, field, releaseNumber);
  }

  @Override
  @Transactional
  public void bundled(String changeNumber, String releaseNumber) {
    runtimeService.createMessageCorrelation(Messages.BUNDLED_IN_RELEASE)
        .processInstanceBusinessKey(changeNumber)
        .setVariable(Variables.RELEASE_NUMBER, releaseNumber)
        .correlate();
  }

  @Override
  @Transactional
  public void releaseOutcome(String changeNumber, String releaseNumber, ReleaseOutcome outcome, String notes) {
    runtimeService.createMessageCorrelation(Messages.RELEASE_OUTCOME)
        .processInstanceBusinessKey(changeNumber)
        .setVariable(Variables.RELEASE_NUMBER, releaseNumber)
        .setVariable(Variables.RELEASE_OUTCOME, outcome.name().toLowerCase(Locale.ROOT))
        .setVariable(Variables.RELEASE_NOTES, notes)
        .correlateAllWithResult();
  }

  private static Changes.Rfc rfc(FixRequest r) {
    return new Changes.Rfc(r.title(), r.description(), r.category(), null, r.serviceCode(), r.ciIds(), r.impact(),
        r.requestedBy(), null, r.implementationPlan(), r.backoutPlan(), r.backoutTested(), r.plannedStart(),
        r.plannedEnd(), r.problemNumber(), null);
  }
}
