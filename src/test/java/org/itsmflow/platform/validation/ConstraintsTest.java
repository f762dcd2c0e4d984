package org.itsmflow.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.itsmflow.platform.InvalidFieldException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our request constraints say what is wrong in the same words as Fields, without Spring. */
class ConstraintsTest {

  record Action(@Text(max = 10) String reason, @Text(max = 10, optional = true) String note,
      @OneOf({"approve", "reject"}) String decision, @OneOf(value = {"public"}, optional = true) String visibility,
      @DateTime String due, @DateTime(optional = true) String until, @WholeNumber(min = 1, max = 3) Integer impact) {}

  private static final Action VALID = new Action("Because", null, "Approve", null, "2027-01-01T10:00:00Z", null, 2);

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void aValidRequestHasNoViolations() {
    assertThat(validator.validate(VALID)).isEmpty();
  }

  @Test
  void textIsRequiredBoundedAndFreeOfControlCharacters() {
    assertThat(problems(new Action(" ", null, "reject", null, VALID.due(), null, 1))).containsExactly("reason: required");
    assertThat(problems(new Action("x".repeat(11), null, "reject", null, VALID.due(), null, 1)))
        .containsExactly("reason: at most 10 characters");
    assertThat(problems(new Action("a\u202Eb", null, "reject", null, VALID.due(), null, 1))).singleElement()
        .asString().startsWith("reason: contains the control character U+202E at position 2");
    assertThat(problems(new Action("ok", "x".repeat(11), "reject", null, VALID.due(), null, 1)))
        .containsExactly("note: at most 10 characters");
  }

  @Test
  void listedValuesAreComparedIgnoringCaseAndNamedWhenWrong() {
    assertThat(problems(new Action("ok", null, "maybe", "PUBLIC", VALID.due(), null, 1)))
        .containsExactly("decision: one of approve, reject");
    assertThat(problems(new Action("ok", null, null, "everyone", VALID.due(), null, 1)))
        .containsExactlyInAnyOrder("decision: one of approve, reject", "visibility: one of public");
  }

  @Test
  void datesNeedAnOffsetAndNumbersTheirRange() {
    assertThat(problems(new Action("ok", null, "reject", null, "tomorrow", "2027-01-01", 0))).containsExactlyInAnyOrder(
        "due: a date and time with offset, e.g. 2026-12-01T22:00:00Z",
        "until: a date and time with offset, e.g. 2026-12-01T22:00:00Z",
        "impact: a whole number from 1 to 3");
    assertThat(problems(new Action("ok", null, "reject", null, null, null, null))).containsExactlyInAnyOrder(
        "due: required: a date and time with offset, e.g. 2026-12-01T22:00:00Z", "impact: a whole number from 1 to 3");
  }

  @Test
  void theKernelsCheckNamesTheFirstFieldInDeclarationOrder() {
    Input input = new Input(validator);

    input.check(VALID);
    input.check(null);
    assertThatThrownBy(() -> input.check(new Action("ok", null, "maybe", null, "soon", null, 9)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("decision"));
  }

  private static Set<String> problems(Object request) {
    Set<ConstraintViolation<Object>> violations = validator.validate(request);
    return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.toSet());
  }
}
