package org.itsmflow.platform;

import org.itsmflow.deployment.ModelDeployer;
import org.itsmflow.security.AdminAccount;
import org.itsmflow.security.RoleAuthorizations;
import org.itsmflow.tasklist.TasklistFilters;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First-start set-up, repeated harmlessly on every start and on every node: role groups and
 * their authorizations, the admin user, Tasklist filters, then the models.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlatformBootstrap implements ApplicationRunner {

  private final AdminAccount adminAccount;
  private final RoleAuthorizations roleAuthorizations;
  private final TasklistFilters tasklistFilters;
  private final ModelDeployer modelDeployer;
  private final ClusterLock clusterLock;
  private final TransactionTemplate transaction;

  PlatformBootstrap(AdminAccount adminAccount, RoleAuthorizations roleAuthorizations,
      TasklistFilters tasklistFilters, ModelDeployer modelDeployer, ClusterLock clusterLock,
      TransactionTemplate transaction) {
    this.adminAccount = adminAccount;
    this.roleAuthorizations = roleAuthorizations;
    this.tasklistFilters = tasklistFilters;
    this.modelDeployer = modelDeployer;
    this.clusterLock = clusterLock;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    adminAccount.checkConfiguration();
    transaction.executeWithoutResult(status -> {
      clusterLock.acquire(ClusterLock.Name.STARTUP);
      roleAuthorizations.ensureGroupsAndGrants();
      adminAccount.ensureAdmin();
      tasklistFilters.ensureFilters();
    });
    modelDeployer.deployCurrentModels();
  }
}
