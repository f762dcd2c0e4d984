package org.itsmflow.platform.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Our constraints answer with the problem as Fields words it, not a message template. */
final class Violations {

  private Violations() {}

  /** True without a problem; else reports it as the violation's message. */
  static boolean none(String problem, ConstraintValidatorContext context) {
    if (problem == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    // Escaped: a value quoted in the problem must not be read as a message template.
    context.buildConstraintViolationWithTemplate(problem.replace("\\", "\\\\").replace("{", "\\{")
        .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
    return false;
  }
}
