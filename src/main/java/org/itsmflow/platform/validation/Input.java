package org.itsmflow.platform.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.itsmflow.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * Checks a request body against its type's constraints where the record kernel wants it: after
 * the record's status allowed the step (409 first, as for every action), before anything is done.
 * 400 names the first field in the order the request declares them.
 */
@Component
public class Input {

  private final Validator validator;

  Input(Validator validator) {
    this.validator = validator;
  }

  /** 400 naming the field unless the body meets its constraints. */
  public void check(Object body) {
    if (body == null) {
      return;
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(body);
    if (violations.isEmpty()) {
      return;
    }
    List<String> order = body.getClass().isRecord()
        ? Arrays.stream(body.getClass().getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
    ConstraintViolation<Object> first = violations.stream()
        .min(Comparator.comparingInt(v -> order.indexOf(v.getPropertyPath().toString()))).orElseThrow();
    throw new InvalidFieldException(first.getPropertyPath().toString(), first.getMessage());
  }
}
