package org.itsmflow.platform;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.itsmflow.deployment.InvalidModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns exceptions of our API into RFC 9457 problem details that say what was wrong. Spring's
 * own request errors (unreadable body, failed Bean Validation) come from the superclass.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final DataSize attachmentLimit;

  ApiExceptionHandler(@Value("${itsm.attachments.max-size:20MB}") DataSize attachmentLimit) {
    this.attachmentLimit = attachmentLimit;
  }

  /** An upload over the limit, refused while it arrived: 413 naming the part, with the limit. */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(new TooLargeException("file",
        "the upload is larger than the limit; files up to " + DataSizes.readable(attachmentLimit.toBytes()) + " are taken")));
  }

  @ExceptionHandler(TooLargeException.class)
  ProblemDetail tooLarge(TooLargeException e) {
    return fieldProblem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", e);
  }

  /** A multipart body that cannot be read (cut off, no boundary): 400, not a server error. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail unreadableUpload(MultipartException e) {
    return invalidField(new InvalidFieldException("file", "the upload is not a readable multipart/form-data body"));
  }

  /** A value of the wrong type (text for a number, ...): 400 naming the field, like Bean Validation. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
    problem.setTitle("Invalid input");
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
      problem.setDetail(field + ": expected " + mismatch.getTargetType().getSimpleName());
      problem.setProperty("field", field);
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * A request type's Bean Validation failed: 400 naming the first field in the order the request
   * declares them (as a hand-written check would have), with every field's problem in {@code errors}.
   */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Object target = e.getBindingResult().getTarget();
    List<String> order = target != null && target.getClass().isRecord()
        ? Arrays.stream(target.getClass().getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .sorted(Comparator.comparingInt(error -> order.indexOf(error.getField()))).toList();
    if (errors.isEmpty()) {
      return super.handleMethodArgumentNotValid(e, headers, status, request);
    }
    FieldError first = errors.get(0);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        first.getField() + ": " + first.getDefaultMessage());
    problem.setTitle("Invalid input");
    problem.setProperty("field", first.getField());
    problem.setProperty("errors", errors.stream()
        .map(error -> Map.of("field", error.getField(), "detail", String.valueOf(error.getDefaultMessage()))).toList());
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(InvalidModelException.class)
  ProblemDetail invalidModel(InvalidModelException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Model cannot be deployed; nothing was deployed");
    problem.setProperty("problems", e.problems());
    return problem;
  }

  @ExceptionHandler(InvalidFieldException.class)
  ProblemDetail invalidField(InvalidFieldException e) {
    return fieldProblem(HttpStatus.BAD_REQUEST, "Invalid input", e);
  }

  private static ProblemDetail fieldProblem(HttpStatus status, String title, InvalidFieldException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle(title);
    problem.setProperty("field", e.field());
    return problem;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    if (e.field() != null) {
      problem.setProperty("field", e.field());
    }
    return problem;
  }

  @ExceptionHandler(ActionNotAllowedException.class)
  ProblemDetail notAllowed(ActionNotAllowedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Action not allowed in this state");
    // Not "status": that is the HTTP status of the problem itself (RFC 9457).
    problem.setProperty("recordStatus", e.status());
    return problem;
  }

  @ExceptionHandler(RecordInUseException.class)
  ProblemDetail inUse(RecordInUseException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  /** Someone else (a user or a timer job) changed the same record at the same moment. */
  @ExceptionHandler(OptimisticLockingException.class)
  ProblemDetail concurrentChange(OptimisticLockingException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "The record was changed at the same moment by another request or a timer; nothing was changed. Try again.");
    problem.setTitle("Concurrent change");
    return problem;
  }

  /**
   * A check in a task listener (run when the API completes a task) failed: the engine wraps it;
   * the caller gets the check's own answer. Anything else stays a server error.
   */
  @ExceptionHandler(ProcessEngineException.class)
  ProblemDetail wrapped(ProcessEngineException e) {
    // The same search for our own exception as the engine's command interceptor (DomainErrors).
    ProblemDetail ours = ours(DomainErrors.unwrap(e));
    return ours != null ? ours : unexpected(e);
  }

  /** Our own refusals a check can throw, inside the engine or outside; null for anything else. */
  private ProblemDetail ours(RuntimeException e) {
    if (e instanceof TooLargeException tooLarge) {
      return tooLarge(tooLarge);
    }
    if (e instanceof InvalidFieldException invalid) {
      return invalidField(invalid);
    }
    if (e instanceof RecordNotFoundException missing) {
      return notFound(missing);
    }
    if (e instanceof ActionNotAllowedException conflict) {
      return notAllowed(conflict);
    }
    return null;
  }

  /**
   * Anything unforeseen: 500 with a reference, the cause only in the log. An exception's message
   * can hold SQL, class names or library versions, which a caller must never see.
   */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    String reference = UUID.randomUUID().toString();
    LOG.error("Request failed (reference {})", reference, e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The request could not be completed (reference " + reference + "); nothing of it was changed. "
            + "An administrator finds the cause in the log under that reference.");
    problem.setTitle("Server error");
    return problem;
  }

  /** The engine's own authorization check refused the current user. */
  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }

  /**
   * The answer the API gives for this exception, for the workspace's pages to show in their own
   * way: the same status, text and field whichever door the action came through.
   */
  public ProblemDetail describe(Exception e) {
    if (e instanceof ResponseStatusException status) {
      return ProblemDetail.forStatusAndDetail(status.getStatusCode(), status.getReason());
    }
    if (e instanceof RecordInUseException inUse) {
      return inUse(inUse);
    }
    if (e instanceof OptimisticLockingException concurrent) {
      return concurrentChange(concurrent);
    }
    if (e instanceof AuthorizationException refused) {
      return forbidden(refused);
    }
    if (e instanceof ProcessEngineException engine) {
      return wrapped(engine);
    }
    ProblemDetail ours = e instanceof RuntimeException runtime ? ours(runtime) : null;
    return ours != null ? ours : unexpected(e);
  }
}
