package org.itsmflow.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A required whole number from {@link #min} to {@link #max}. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = WholeNumberValidator.class)
public @interface WholeNumber {

  int min();

  int max();

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
