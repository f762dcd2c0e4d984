package org.itsmflow.workspace;

import org.springframework.web.bind.annotation.GetMapping;

/** The one sign-in page for the workspace and Camunda's webapps, and the workspace's start. */
@WorkspacePage
class SignInController {

  @GetMapping("/login")
  String signIn() {
    return "login";
  }

  @GetMapping("/")
  String start() {
    return "redirect:/incidents";
  }
}
