package org.itsmflow.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.itsmflow.platform.Fields;

/** Checks {@link OneOf}, saying what is wrong in Fields' words. */
public class OneOfValidator implements ConstraintValidator<OneOf, String> {

  private List<String> allowed;
  private boolean optional;

  @Override
  public void initialize(OneOf oneOf) {
    allowed = List.of(oneOf.value());
    optional = oneOf.optional();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (optional && value == null) {
      return true;
    }
    return Violations.none(Fields.oneOfProblem(value, allowed), context);
  }
}
