package org.itsmflow.platform.feel;

import camundajar.impl.scala.util.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * The FEEL engine of decision tables, parsing each expression once. Camunda 7 hands every
 * input entry and expression to FEEL as text on every evaluation, and FEEL parses it again
 * each time (camunda/feel-scala#1149): the three decisions of every new incident spent much of
 * their time in the parser. Parsed expressions are immutable, so one parse serves all threads.
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

  /** As Camunda's own engine is built: its functions and value mapper, no external functions. */
  ParsedOnceFeelEngine(FunctionProvider functions, ValueMapper valueMapper, int capacity) {
    super(functions, valueMapper, new Configuration(false), FeelEngine.defaultClock());
    this.capacity = capacity;
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
