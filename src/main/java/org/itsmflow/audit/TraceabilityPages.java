package org.itsmflow.audit;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The traceability page for auditors: each clause with the elements of the models as deployed now
 * (a process owner's change shows at once), linked to Cockpit, and the tests that prove it with
 * their result in the build of this release.
 */
@WorkspacePage
class TraceabilityPages {

  private static final String COCKPIT = "/camunda/app/cockpit/default/#/";

  private final RepositoryService repository;
  private final EngineAsSystem engine;

  TraceabilityPages(RepositoryService repository, EngineAsSystem engine) {
    this.repository = repository;
    this.engine = engine;
  }

  @GetMapping("/audits/traceability")
  @Transactional(readOnly = true)
  String traceability(Model model) {
    List<ClauseTags.Tag> tags = new ArrayList<>();
    Map<String, String> links = new HashMap<>();
    engine.run(() -> {
      for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion().list()) {
        tags.addAll(read(d.getDeploymentId(), d.getResourceName()));
        links.put(file(d.getResourceName()), COCKPIT + "process-definition/" + d.getId() + "/runtime");
      }
      for (DecisionDefinition d : repository.createDecisionDefinitionQuery().latestVersion().list()) {
        if (!links.containsKey(file(d.getResourceName()))) {
          tags.addAll(read(d.getDeploymentId(), d.getResourceName()));
        }
        links.put(file(d.getResourceName()), COCKPIT + "decision-definition/" + d.getId());
      }
    });
    List<Traceability.Proof> proofs = Traceability.readProofs(
        TraceabilityPages.class.getResourceAsStream(Traceability.TESTS_RESOURCE));
    List<Traceability.Row> rows = Traceability.rows(Clauses.all(), tags, proofs);
    model.addAttribute("rows", rows);
    model.addAttribute("links", links);
    model.addAttribute("claimed", rows.stream().filter(r -> r.clause().claimed()).count());
    model.addAttribute("missing", rows.stream().filter(r -> !r.problems().isEmpty()).count());
    model.addAttribute("testsKnown", !proofs.isEmpty());
    return "audits/traceability";
  }

  /** A resource's file name: models deploy from processes/ or a process owner's folder. */
  private static String file(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  private List<ClauseTags.Tag> read(String deploymentId, String resource) {
    try (InputStream xml = repository.getResourceAsStream(deploymentId, resource)) {
      return ClauseTags.read(file(resource), xml);
    } catch (java.io.IOException | IllegalArgumentException e) {
      // A deployed resource we cannot read names no clause; the page says which clauses lack elements.
      return List.of();
    }
  }
}
