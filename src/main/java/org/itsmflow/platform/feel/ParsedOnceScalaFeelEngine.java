package org.itsmflow.platform.feel;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.valuemapper.ValueMapper;

/** Camunda's FEEL integration (variables, Spin values, custom functions) on {@link ParsedOnceFeelEngine}. */
class ParsedOnceScalaFeelEngine extends ScalaFeelEngine {

  ParsedOnceScalaFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
      ValueMapper.CompositeValueMapper valueMapper) {
    return new ParsedOnceFeelEngine(functions, valueMapper, ParsedOnceFeelEngine.CAPACITY);
  }

  /** The FEEL engine it evaluates with. */
  ParsedOnceFeelEngine parser() {
    return (ParsedOnceFeelEngine) feelEngine;
  }
}
