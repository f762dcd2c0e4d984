package org.itsmflow.deployment;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Process owners redeploy the models of the external folders (ITSM_PROCESSES_DIR,
 * ITSM_FORMS_DIR) without rebuilding or restarting. Access: group process-owners or admin
 * (SecurityConfig); the engine checks the deployment permission as well.
 */
@RestController
@RequestMapping("/api/admin/deployments")
class DeploymentController {

  private final ModelDeployer deployer;

  DeploymentController(ModelDeployer deployer) {
    this.deployer = deployer;
  }

  /** 201 with the new deployment, or 200 when every model equals its deployed version. */
  @PostMapping
  ResponseEntity<DeploymentOutcome> redeploy() {
    DeploymentOutcome outcome = deployer.deployCurrentModels();
    return ResponseEntity.status(outcome.deployedSomething() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome);
  }
}
