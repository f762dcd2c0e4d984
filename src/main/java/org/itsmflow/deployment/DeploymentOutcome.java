package org.itsmflow.deployment;

import java.util.List;

/**
 * What a deployment request did.
 *
 * @param deploymentId the new deployment, or null when nothing had changed
 * @param deployedResources the resources in the new deployment
 * @param unchangedResources resources equal to their latest deployed version
 * @param definitions the process and decision definitions the new deployment created
 * @param sources where the models were read: the packaged models and the external folders
 * @param staleCopies project files edited after the build whose packaged copy was read instead
 * @param message what happened, in words; when nothing was deployed, why
 */
public record DeploymentOutcome(
    String deploymentId,
    List<String> deployedResources,
    List<String> unchangedResources,
    List<DeployedDefinition> definitions,
    List<String> sources,
    List<String> staleCopies,
    String message) {

  public record DeployedDefinition(String type, String key, int version, String resource) {}

  public boolean deployedSomething() {
    return deploymentId != null;
  }
}
