package org.itsmflow.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link WholeNumber}, in Fields' words. */
public class WholeNumberValidator implements ConstraintValidator<WholeNumber, Integer> {

  private int min;
  private int max;

  @Override
  public void initialize(WholeNumber number) {
    min = number.min();
    max = number.max();
  }

  @Override
  public boolean isValid(Integer value, ConstraintValidatorContext context) {
    return Violations.none(value != null && value >= min && value <= max ? null
        : "a whole number from " + min + " to " + max, context);
  }
}
