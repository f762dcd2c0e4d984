package org.itsmflow.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.itsmflow.platform.Fields;

/** Checks {@link Text}, saying what is wrong in Fields' words. */
public class TextValidator implements ConstraintValidator<Text, String> {

  private int max;
  private boolean optional;

  @Override
  public void initialize(Text text) {
    max = text.max();
    optional = text.optional();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (optional && (value == null || value.isBlank())) {
      return true;
    }
    return Violations.none(Fields.textProblem(value, max), context);
  }
}
