package org.itsmflow.platform;

import org.camunda.bpm.engine.AuthorizationException;
import org.itsmflow.deployment.InvalidModelException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns exceptions of our API into RFC 9457 problem details that say what was wrong. Spring's
 * own request errors (unreadable body, failed Bean Validation) come from the superclass.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(InvalidModelException.class)
  ProblemDetail invalidModel(InvalidModelException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Model cannot be deployed; nothing was deployed");
    problem.setProperty("problems", e.problems());
    return problem;
  }

  /** The engine's own authorization check refused the current user. */
  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }
}
