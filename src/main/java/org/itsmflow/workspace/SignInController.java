package org.itsmflow.workspace;

import org.itsmflow.security.GroupAuthority;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;

/** The one sign-in page for the workspace and Camunda's webapps, and the workspace's start. */
@WorkspacePage
class SignInController {

  @GetMapping("/login")
  String signIn() {
    return "login";
  }

  /** Staff start in the workspace, everyone else in the portal. */
  @GetMapping("/")
  String start(Authentication caller) {
    return GroupAuthority.isStaff(caller) ? "redirect:/incidents" : "redirect:/portal";
  }
}
