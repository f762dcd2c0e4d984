package org.itsmflow.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.itsmflow.deployment.DeploymentOutcome.DeployedDefinition;
import org.itsmflow.deployment.InvalidModelException.Problem;
import org.itsmflow.platform.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys the current models as one named deployment. Only resources that differ from their
 * latest deployed version (plus the forms or processes bound to them) make new versions;
 * running instances stay on the version they started with.
 */
@Service
public class ModelDeployer {

  public static final String DEPLOYMENT_NAME = "itsm-flow";

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ModelSources sources;
  private final ClusterLock clusterLock;

  public ModelDeployer(RepositoryService repositoryService, ModelSources sources, ClusterLock clusterLock) {
    this.repositoryService = repositoryService;
    this.sources = sources;
    this.clusterLock = clusterLock;
  }

  /** All or nothing: a model the engine rejects leaves every model as it was. */
  @Transactional
  public DeploymentOutcome deployCurrentModels() {
    clusterLock.acquire(ClusterLock.Name.MODEL_DEPLOYMENT);
    ModelSources.Reading reading = sources.read();
    Map<String, ModelResource> models = reading.models();
    Set<String> changed = changedResources(models);
    Set<String> toDeploy = new FormReferences(models.values()).closeOver(changed);
    List<String> unchanged = models.keySet().stream().filter(name -> !toDeploy.contains(name)).toList();
    if (toDeploy.isEmpty()) {
      LOG.info("Models unchanged ({} resources): nothing deployed", models.size());
      return new DeploymentOutcome(null, List.of(), unchanged, List.of(), reading.sources(), reading.staleCopies(),
          unchangedMessage(models.size(), reading));
    }
    DeploymentBuilder builder = repositoryService.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME);
    toDeploy.forEach(name -> builder.addInputStream(name, new ByteArrayInputStream(models.get(name).content())));
    DeploymentWithDefinitions deployment = deploy(builder);
    List<DeployedDefinition> definitions = definitionsOf(deployment);
    LOG.info("Deployed {} as deployment {}: {}", toDeploy, deployment.getId(), definitions);
    return new DeploymentOutcome(deployment.getId(), List.copyOf(toDeploy), unchanged, definitions,
        reading.sources(), reading.staleCopies(), "Deployed " + toDeploy.size() + " of " + models.size()
            + " models as deployment " + deployment.getId() + "; running instances stay on their version.");
  }

  /** Why nothing was deployed, and where to edit a model so that it is. */
  static String unchangedMessage(int count, ModelSources.Reading reading) {
    StringBuilder text = new StringBuilder("Nothing deployed: each of the " + count
        + " models equals its latest deployed version. They were read from: " + String.join("; ", reading.sources())
        + ".");
    if (!reading.staleCopies().isEmpty()) {
      text.append(" Edited after the build, not read: ").append(String.join("; ", reading.staleCopies()))
          .append(". Rebuild, or set ITSM_PROCESSES_DIR and ITSM_FORMS_DIR to those folders and restart once.");
    } else {
      text.append(" To change a model without a rebuild, edit it in ITSM_PROCESSES_DIR or ITSM_FORMS_DIR "
          + "(docs/models.md).");
    }
    return text.toString();
  }

  private static DeploymentWithDefinitions deploy(DeploymentBuilder builder) {
    try {
      return builder.deployWithResult();
    } catch (ParseException e) {
      List<Problem> problems = new ArrayList<>();
      e.getResorceReports().forEach(report -> report.getErrors().forEach(error -> problems.add(new Problem(
          report.getResourceName(), error.getMessage(), error.getLine(), error.getColumn(),
          elementIds(error)))));
      throw problems.isEmpty() ? new InvalidModelException("deployment", e.getMessage()) : new InvalidModelException(problems);
    } catch (DmnEngineException e) {
      throw new InvalidModelException("decision model", e.getMessage());
    }
  }

  private static List<String> elementIds(org.camunda.bpm.engine.Problem error) {
    Set<String> ids = new LinkedHashSet<>();
    if (error.getMainElementId() != null) {
      ids.add(error.getMainElementId());
    }
    if (error.getElementIds() != null) {
      ids.addAll(error.getElementIds());
    }
    return List.copyOf(ids);
  }

  private Set<String> changedResources(Map<String, ModelResource> models) {
    Map<String, byte[]> deployed = latestDeployedContent(models.keySet());
    Set<String> changed = new LinkedHashSet<>();
    for (ModelResource model : models.values()) {
      byte[] previous = deployed.get(model.name());
      if (previous == null || !model.sameContentAs(previous)) {
        changed.add(model.name());
      }
    }
    return changed;
  }

  /** For each name, the content in the newest deployment that holds it. */
  private Map<String, byte[]> latestDeployedContent(Set<String> names) {
    Map<String, byte[]> latest = new HashMap<>();
    List<Deployment> deployments = repositoryService.createDeploymentQuery()
        .deploymentName(DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc()
        .list();
    for (Deployment deployment : deployments) {
      if (latest.size() == names.size()) {
        break;
      }
      for (String name : repositoryService.getDeploymentResourceNames(deployment.getId())) {
        if (names.contains(name) && !latest.containsKey(name)) {
          latest.put(name, read(deployment.getId(), name));
        }
      }
    }
    return latest;
  }

  private byte[] read(String deploymentId, String name) {
    try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<DeployedDefinition> definitionsOf(DeploymentWithDefinitions deployment) {
    List<DeployedDefinition> definitions = new ArrayList<>();
    List<ProcessDefinition> processes = deployment.getDeployedProcessDefinitions();
    if (processes != null) {
      processes.forEach(p -> definitions.add(
          new DeployedDefinition("process", p.getKey(), p.getVersion(), p.getResourceName())));
    }
    List<DecisionDefinition> decisions = deployment.getDeployedDecisionDefinitions();
    if (decisions != null) {
      decisions.forEach(d -> definitions.add(
          new DeployedDefinition("decision", d.getKey(), d.getVersion(), d.getResourceName())));
    }
    return definitions;
  }
}
