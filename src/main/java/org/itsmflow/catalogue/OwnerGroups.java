package org.itsmflow.catalogue;

import org.camunda.bpm.engine.IdentityService;
import org.itsmflow.platform.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Catalogue records are owned by an engine group, which must exist. */
@Component
class OwnerGroups {

  private final IdentityService identityService;

  OwnerGroups(IdentityService identityService) {
    this.identityService = identityService;
  }

  void requireExists(String groupId, String field) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      throw new RecordNotFoundException("Group", groupId, field);
    }
  }
}
