package org.itsmflow.platform.feel;

import camundajar.impl.scala.Option;
import camundajar.impl.scala.collection.Iterator;
import camundajar.impl.scala.collection.immutable.Nil$;
import camundajar.impl.scala.util.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FailedEvaluationResult;
import org.camunda.feel.api.SuccessfulEvaluationResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvaluationFailureCollector;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.impl.parser.ExpressionValidator;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * The FEEL engine of decision tables, parsing each expression once. Camunda 7 hands every
 * input entry and expression to FEEL as text on every evaluation, and FEEL parses it again
 * each time (camunda/feel-scala#1149): the three decisions of every new incident spent much of
 * their time in the parser. Parsed expressions are immutable, so one parse serves all threads.
 *
 * <p>It also builds FEEL's table of built-in functions once: FEEL 1.19 builds it again for every
 * evaluation (its root context), which took 8 % of the CPU of every request that creates an
 * incident (benchmark scenario 1, JFR). {@link #evaluate} is FEEL's own evaluation with that table
 * built once; the table is immutable and reads the clock when a function is called, and every
 * evaluation still gets a fresh collector of its failures.
 *
 * <p>The texts come from deployed decisions, so they are few; past {@value #CAPACITY} texts per
 * kind (many redeployments with edited rules) new ones are parsed each time again rather than
 * kept, so the cache cannot grow without bound.
 */
class ParsedOnceFeelEngine extends FeelEngine {

  static final int CAPACITY = 10_000;

  private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();
  private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
  private final int capacity;
  private final FunctionProvider builtinAndCustomFunctions;
  private final FeelInterpreter interpreter;
  private final ExpressionValidator validator = new ExpressionValidator(false);

  /** As Camunda's own engine is built: its functions and value mapper, no external functions. */
  ParsedOnceFeelEngine(FunctionProvider functions, ValueMapper valueMapper, int capacity) {
    super(functions, valueMapper, new Configuration(false), FeelEngine.defaultClock());
    this.capacity = capacity;
    this.builtinAndCustomFunctions = new FunctionProvider.CompositeFunctionProvider(
        scalaList(new BuiltinFunctions(clock(), valueMapper), functions));
    this.interpreter = new FeelInterpreter(valueMapper);
  }

  /** FEEL's evaluation (validate, evaluate, report failures), with the function table built once. */
  @Override
  public EvaluationResult evaluate(ParsedExpression expression, Context context) {
    try {
      Option<Failure> invalid = validator.validateExpression(expression.expression());
      if (invalid.isDefined()) {
        return failed("validation of expression '" + expression.text() + "' failed: " + invalid.get().message(),
            noFailures());
      }
      EvalContext evaluation = new EvalContext(valueMapper(), VariableProvider.EmptyVariableProvider$.MODULE$,
          builtinAndCustomFunctions, new EvaluationFailureCollector()).merge(context);
      Val value = interpreter.eval(expression.expression(), evaluation);
      camundajar.impl.scala.collection.immutable.List<EvaluationFailure> failures =
          evaluation.failureCollector().failures();
      String assertion = assertionFailure(failures);
      if (assertion != null) {
        return failed("Assertion failure on evaluate the expression '" + expression.text() + "': " + assertion,
            failures);
      }
      if (value instanceof ValError error) {
        return failed("failed to evaluate expression '" + expression.text() + "': " + error.error(), failures);
      }
      if (value instanceof ValFatalError error) {
        return failed("failed to evaluate expression '" + expression.text() + "': " + error.error(), failures);
      }
      return new SuccessfulEvaluationResult(valueMapper().unpackVal(value), failures);
    } catch (RuntimeException | StackOverflowError failure) {
      return failed("failed to evaluate expression '" + expression.text() + "' : " + failure, noFailures());
    }
  }

  private static String assertionFailure(camundajar.impl.scala.collection.immutable.List<EvaluationFailure> failures) {
    Iterator<EvaluationFailure> each = failures.iterator();
    while (each.hasNext()) {
      EvaluationFailure failure = each.next();
      if (EvaluationFailureType.ASSERT_FAILURE$.MODULE$.equals(failure.failureType())) {
        return failure.failureMessage();
      }
    }
    return null;
  }

  private static EvaluationResult failed(String message,
      camundajar.impl.scala.collection.immutable.List<EvaluationFailure> failures) {
    return new FailedEvaluationResult(new Failure(message), failures);
  }

  @SuppressWarnings("unchecked")
  private static camundajar.impl.scala.collection.immutable.List<EvaluationFailure> noFailures() {
    return (camundajar.impl.scala.collection.immutable.List<EvaluationFailure>) (Object) Nil$.MODULE$;
  }

  @SuppressWarnings("unchecked")
  private static camundajar.impl.scala.collection.immutable.List<FunctionProvider> scalaList(FunctionProvider first,
      FunctionProvider second) {
    camundajar.impl.scala.collection.immutable.List<FunctionProvider> empty =
        (camundajar.impl.scala.collection.immutable.List<FunctionProvider>) (Object) Nil$.MODULE$;
    return empty.$colon$colon(second).$colon$colon(first);
  }

  @Override
  public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
    return parsed(unaryTests, expression, super::parseUnaryTests);
  }

  @Override
  public Either<Failure, ParsedExpression> parseExpression(String expression) {
    return parsed(expressions, expression, super::parseExpression);
  }

  int cachedTexts() {
    return unaryTests.size() + expressions.size();
  }

  private Either<Failure, ParsedExpression> parsed(Map<String, Either<Failure, ParsedExpression>> cache,
      String expression, Function<String, Either<Failure, ParsedExpression>> parser) {
    if (expression == null) {
      return parser.apply(null);
    }
    Either<Failure, ParsedExpression> known = cache.get(expression);
    if (known != null) {
      return known;
    }
    Either<Failure, ParsedExpression> result = parser.apply(expression);
    if (cache.size() < capacity) {
      cache.putIfAbsent(expression, result);
    }
    return result;
  }
}
