package org.itsmflow.security;

/** Camunda's default password policy (enablePasswordPolicy), in the words our answers and README use. */
final class PasswordPolicyText {

  static final String RULES = "the password policy asks for at least 10 characters with an upper-case letter, "
      + "a lower-case letter, a digit and a special character, and no part of the user's id, first or last name "
      + "or e-mail";

  private PasswordPolicyText() {}
}
