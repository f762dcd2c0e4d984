package org.itsmflow.deployment;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Process owners redeploy the models of the external folders (ITSM_PROCESSES_DIR,
 * ITSM_FORMS_DIR) without rebuilding or restarting. Access: group process-owners or admin
 * (SecurityConfig); the engine checks the deployment permission as well.
 */
@RestController
class DeploymentController {

  private final ModelDeployer deployer;
  private final ModelMigrations migrations;

  DeploymentController(ModelDeployer deployer, ModelMigrations migrations) {
    this.deployer = deployer;
    this.migrations = migrations;
  }

  /**
   * Administrators move the running instances of one version to another (SecurityConfig): a
   * check unless {@code execute} is true.
   */
  @PostMapping("/api/admin/migrations")
  ModelMigrations.Outcome migrate(@org.springframework.web.bind.annotation.RequestBody(required = false)
      ModelMigrations.Request request) {
    return migrations.migrate(request);
  }

  /** 201 with the new deployment, or 200 when every model equals its deployed version. */
  @PostMapping("/api/admin/deployments")
  ResponseEntity<DeploymentOutcome> redeploy() {
    DeploymentOutcome outcome = deployer.deployCurrentModels();
    return ResponseEntity.status(outcome.deployedSomething() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome);
  }
}
