package org.itsmflow.portal;

import org.itsmflow.portal.RequesterProfiles.Profile;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators keep each person's organisation, whether they read its tickets, and their manager. */
@RestController
@RequestMapping("/api/admin/requesters/{userId}")
class RequesterProfileController {

  record ProfileRequest(String organisation, Boolean seesOrganisation, String managerId) {}

  private final RequesterProfiles profiles;

  RequesterProfileController(RequesterProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping
  Profile get(@PathVariable String userId) {
    return profiles.existing(userId);
  }

  @PutMapping
  @Transactional
  Profile put(@PathVariable String userId, @RequestBody ProfileRequest body) {
    ProfileRequest given = body == null ? new ProfileRequest(null, null, null) : body;
    return profiles.save(userId, given.organisation(), given.seesOrganisation(), given.managerId());
  }
}
