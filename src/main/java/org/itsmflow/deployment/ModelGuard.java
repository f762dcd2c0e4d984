package org.itsmflow.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Models are data, not code: every deployment, whatever door it comes through (start-up, our
 * API, the engine REST API that Camunda Modeler and Cockpit use, the Java API), is inspected
 * before the engine's own deployers parse it, since parsing already evaluates timer start
 * expressions. A refused deployment throws, so its transaction deploys nothing. Deployments
 * loaded again from the database (after a restart, on another node) are inspected too: a
 * model deployed before this check existed does not run code either.
 */
@Component
public class ModelGuard extends AbstractProcessEnginePlugin implements Deployer {

  private final ListableBeanFactory beanFactory;
  private volatile ModelInspector inspector;

  ModelGuard(ListableBeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = new ArrayList<>();
    preDeployers.add(this);
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(preDeployers);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    List<ModelViolation> violations = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      violations.addAll(inspector().inspect(resource.getName(), resource.getBytes()));
    }
    // What a model refers to is checked when it goes live, not when a node loads a deployment
    // again: a group removed since must not stop the instances of an older version.
    if (violations.isEmpty() && deployment.isNew()) {
      violations.addAll(references(deployment));
    }
    if (!violations.isEmpty()) {
      throw new ModelNotAllowedException(violations);
    }
  }

  /**
   * A new deployment's BPMN models against the deployment and the application: each form bound
   * from the deployment is in it, each candidate group exists, each delegate bean is one of the
   * application's, each timer and async step has a retry cycle; its decision tables have no rules
   * that match together where the hit policy forbids it.
   */
  private List<ModelViolation> references(DeploymentEntity deployment) {
    Set<String> formIds = new HashSet<>();
    List<ModelViolation> violations = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".form")) {
        try {
          formIds.add(FormReferences.formId(new ModelResource(resource.getName(), resource.getBytes())));
        } catch (InvalidModelException e) {
          violations.add(new ModelViolation(resource.getName(), e.problems().get(0).message(), 0, 0, null));
        }
      }
    }
    ModelBeans beans = modelBeans(beanFactory);
    for (ResourceEntity resource : deployment.getResources().values()) {
      ModelInspector.References references = inspector().references(resource.getName(), resource.getBytes());
      violations.addAll(references.withoutRetryCycle());
      violations.addAll(references.overlappingRules());
      references.forms().stream().filter(f -> !formIds.contains(f.name())).forEach(f -> violations.add(at(f,
          "camunda:formRef=\"" + f.name() + "\" binds a form from this deployment, and it has none with that id: "
              + "deploy the .form file with the model")));
      references.delegates().stream().filter(d -> !beans.isDelegate(d.name())).forEach(d -> violations.add(at(d,
          "there is no delegate bean '" + d.name() + "' in the application; the delegate beans are listed in "
              + "docs/processes/elements.md")));
      references.groups().stream().filter(g -> Context.getCommandContext().getReadOnlyIdentityProvider()
          .findGroupById(g.name()) == null).forEach(g -> violations.add(at(g,
              "candidate group '" + g.name() + "' does not exist: create it in Admin or name an existing group")));
    }
    return violations;
  }

  private static ModelViolation at(ModelInspector.Reference reference, String message) {
    ModelViolation place = reference.place();
    return new ModelViolation(place.resource(), message, place.line(), place.column(), place.elementId());
  }

  /** The beans are known once the application context is complete, which every deployment waits for. */
  private ModelInspector inspector() {
    if (inspector == null) {
      inspector = new ModelInspector(modelBeans(beanFactory));
    }
    return inspector;
  }

  static ModelBeans modelBeans(ListableBeanFactory beans) {
    Set<String> delegates = new HashSet<>();
    for (Class<?> type : List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class)) {
      delegates.addAll(List.of(beans.getBeanNamesForType(type, true, false)));
    }
    Set<String> helpers = Set.of(beans.getBeanNamesForAnnotation(ModelHelper.class));
    Set<String> all = new HashSet<>(List.of(beans.getBeanDefinitionNames()));
    if (beans instanceof ConfigurableListableBeanFactory configurable) {
      all.addAll(List.of(configurable.getSingletonNames()));
    }
    for (String name : List.copyOf(all)) {
      all.addAll(List.of(beans.getAliases(name)));
    }
    return new ModelBeans(Set.copyOf(delegates), helpers, Set.copyOf(all));
  }
}
