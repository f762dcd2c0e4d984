package org.itsmflow.workspace;

import org.itsmflow.security.GroupAuthority;
import org.itsmflow.security.oidc.OidcSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The one sign-in page for the workspace and Camunda's webapps, and the workspace's start. */
@WorkspacePage
class SignInController {

  private final ObjectProvider<OidcSignIn> singleSignOn;

  SignInController(ObjectProvider<OidcSignIn> singleSignOn) {
    this.singleSignOn = singleSignOn;
  }

  @GetMapping("/login")
  String signIn(Model model) {
    OidcSignIn oidc = singleSignOn.getIfAvailable();
    if (oidc != null) {
      model.addAttribute("singleSignOn", oidc.name());
    }
    return "login";
  }

  /** Staff start in the workspace, everyone else in the portal. */
  @GetMapping("/")
  String start(Authentication caller) {
    return GroupAuthority.isStaff(caller) ? "redirect:/incidents" : "redirect:/portal";
  }
}
