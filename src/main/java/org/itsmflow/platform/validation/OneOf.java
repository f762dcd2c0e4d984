package org.itsmflow.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * One of the listed values, compared case-insensitively (services read it in lower case);
 * required unless {@code optional}.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = OneOfValidator.class)
public @interface OneOf {

  /** The allowed values, in lower case. */
  String[] value();

  boolean optional() default false;

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
