package org.itsmflow.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.itsmflow.platform.InvalidConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The "admin" user: its password comes from configuration or, once, from a random generator. */
@Component
public class AdminAccount {

  public static final String USER_ID = "admin";
  private static final String FIRST_NAME = "ITSM Flow";
  private static final String LAST_NAME = "Administrator";

  private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SPECIAL = "-_.!";
  private static final int GENERATED_LENGTH = 24;

  private final IdentityService identityService;
  private final AdminAccountProperties properties;
  private final SecureRandom random = new SecureRandom();

  public AdminAccount(IdentityService identityService, AdminAccountProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  /** Fails fast, before anything is written, when the configuration cannot give admin a password. */
  public void checkConfiguration() {
    if (identityService.isReadOnly()) {
      // Users come from the directory; administrators are the members of the groups mapped to camunda-admin.
      return;
    }
    if (!properties.hasPassword() && !properties.generatePasswordIfMissing()) {
      throw new InvalidConfigurationException("ITSM_ADMIN_PASSWORD is not set. With a shared production "
          + "database (profile postgres) the password of user 'admin' must come from configuration",
          "Set ITSM_ADMIN_PASSWORD: " + PasswordPolicyText.RULES + ".");
    }
    if (properties.hasPassword()) {
      PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(properties.password(), adminUser());
      if (!result.isValid()) {
        throw new InvalidConfigurationException("ITSM_ADMIN_PASSWORD does not meet the password policy: it "
            + String.join(", ", result.getViolatedRules().stream().map(AdminAccount::rule).toList()),
            "Set ITSM_ADMIN_PASSWORD: " + PasswordPolicyText.RULES + ".");
      }
    }
  }

  private User adminUser() {
    User admin = identityService.newUser(USER_ID);
    admin.setFirstName(FIRST_NAME);
    admin.setLastName(LAST_NAME);
    return admin;
  }

  /** A violated rule of Camunda's default policy in words. */
  private static String rule(PasswordPolicyRule rule) {
    Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "needs at least " + p.getOrDefault("minLength", "10") + " characters";
      case "PASSWORD_POLICY_LOWERCASE" -> "needs a lower-case letter";
      case "PASSWORD_POLICY_UPPERCASE" -> "needs an upper-case letter";
      case "PASSWORD_POLICY_DIGIT" -> "needs a digit";
      case "PASSWORD_POLICY_SPECIAL" -> "needs a special character";
      case "PASSWORD_POLICY_USER_DATA" -> "must not contain the user id 'admin' or its names";
      default -> "breaks the rule " + rule.getPlaceholder() + " " + p;
    };
  }

  public void ensureAdmin() {
    checkConfiguration();
    if (identityService.isReadOnly()) {
      return;
    }
    User admin = identityService.createUserQuery().userId(USER_ID).singleResult();
    if (admin == null) {
      admin = adminUser();
      admin.setPassword(properties.hasPassword() ? properties.password() : generateAndAnnounce());
      identityService.saveUser(admin);
    } else if (properties.hasPassword()) {
      admin.setPassword(properties.password());
      identityService.saveUser(admin);
    }
    if (identityService.createUserQuery().userId(USER_ID).memberOfGroup(RoleGroup.ADMIN_GROUP).count() == 0) {
      identityService.createMembership(USER_ID, RoleGroup.ADMIN_GROUP);
    }
  }

  private String generateAndAnnounce() {
    String password = generatePassword();
    LOG.warn("""

        ================================================================================
        First start: user 'admin' was created with the generated password

            {}

        It is shown only this once. Change it in Admin (/camunda/app/admin, My profile),
        or set ITSM_ADMIN_PASSWORD, which sets it on every start.
        ================================================================================""",
        password);
    return password;
  }

  /** Meets Camunda's default password policy: length, upper, lower, digit and special character. */
  String generatePassword() {
    List<Character> chars = new ArrayList<>();
    chars.add(pick(UPPER));
    chars.add(pick(LOWER));
    chars.add(pick(DIGITS));
    chars.add(pick(SPECIAL));
    String all = UPPER + LOWER + DIGITS;
    while (chars.size() < GENERATED_LENGTH) {
      chars.add(pick(all));
    }
    Collections.shuffle(chars, random);
    StringBuilder password = new StringBuilder();
    chars.forEach(password::append);
    return password.toString();
  }

  private char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }
}
