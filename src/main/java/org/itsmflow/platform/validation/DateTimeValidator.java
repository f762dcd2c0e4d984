package org.itsmflow.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;

/** Checks {@link DateTime} with Fields' parser, in its words. */
public class DateTimeValidator implements ConstraintValidator<DateTime, String> {

  private boolean optional;

  @Override
  public void initialize(DateTime dateTime) {
    optional = dateTime.optional();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    try {
      if (optional) {
        Fields.optionalInstant("value", value);
      } else {
        Fields.instant("value", value);
      }
      return true;
    } catch (InvalidFieldException e) {
      return Violations.none(e.getMessage().substring("value: ".length()), context);
    }
  }
}
