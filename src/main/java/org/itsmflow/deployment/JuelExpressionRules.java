package org.itsmflow.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What a JUEL expression in a model may do: read variables and their properties, compare,
 * compute, use literals, and name a registered delegate bean or read a documented helper bean.
 * Everything that reaches Java beyond that (method and function calls, other Spring beans, the
 * engine objects {@code execution} and {@code task}, {@code getClass}-style properties) is
 * refused, because process owners deploy models and must not be able to deploy code.
 */
final class JuelExpressionRules {

  // Parsed with method invocations on, so that a method call is found and named rather than
  // reported as a syntax error.
  private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  // The engine resolves these names to its own objects before any variable or bean; from them
  // every service of the engine is one property away.
  private static final Set<String> ENGINE_OBJECTS = Set.of(
      "execution", "task", "externalTask", "caseExecution", "variableScope", "processEngine");

  // Properties that lead from any object to classes, class loaders and the engine.
  private static final Set<String> FORBIDDEN_PROPERTIES = Set.of(
      "class", "classLoader", "declaringClass", "module", "protectionDomain",
      "processEngine", "processEngineServices", "processEngineConfiguration");

  private final ModelBeans beans;

  JuelExpressionRules(ModelBeans beans) {
    this.beans = beans;
  }

  static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** What is not allowed in an expression that is not a delegate expression. */
  List<String> violations(String text) {
    return violations(text, false);
  }

  /**
   * What is not allowed in the expression text (a composite text may hold several expressions).
   *
   * @param delegatePosition the text is a {@code camunda:delegateExpression}: the one place a
   *     delegate bean may be named (anywhere else it would hand the bean itself to the process,
   *     and a decision table's FEEL could call its methods)
   */
  List<String> violations(String text, boolean delegatePosition) {
    List<String> found = new ArrayList<>();
    Node root;
    try {
      root = PARSER.build(text).getRoot();
    } catch (TreeBuilderException e) {
      found.add("expression " + quoted(text) + " cannot be parsed: " + e.getMessage());
      return found;
    }
    check(root, null, text, delegatePosition, found);
    return found;
  }

  private void check(Node node, Node parent, String text, boolean delegatePosition, List<String> found) {
    if (node instanceof AstMethod) {
      found.add("method call in " + quoted(text) + ": models may read values, not call methods");
      return;
    }
    if (node instanceof AstFunction function) {
      found.add("function call " + function.getName() + "() in " + quoted(text)
          + ": models may read values, not call functions");
      return;
    }
    if (node instanceof AstBracket bracket && !isLiteral(bracket.getChild(1))) {
      found.add("computed property name in " + quoted(text) + ": write the property's name (a.name or a['name'])");
      return;
    }
    if (node instanceof AstProperty property && FORBIDDEN_PROPERTIES.contains(propertyName(property))) {
      found.add("property '" + propertyName(property) + "' in " + quoted(text) + " is not allowed");
      return;
    }
    if (node instanceof AstIdentifier identifier) {
      checkIdentifier(identifier.getName(), parent, text, delegatePosition, found);
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      check(node.getChild(i), node, text, delegatePosition, found);
    }
  }

  private void checkIdentifier(String name, Node parent, String text, boolean delegatePosition, List<String> found) {
    boolean read = parent instanceof AstProperty;
    if (ENGINE_OBJECTS.contains(name)) {
      found.add("'" + name + "' in " + quoted(text) + " gives access to the engine; read process variables instead");
    } else if (beans.isDelegate(name)) {
      if (read || !delegatePosition) {
        found.add("delegate bean '" + name + "' in " + quoted(text) + " may only be named, as "
            + "camunda:delegateExpression=\"${" + name + "}\"");
      }
    } else if (beans.isHelper(name)) {
      if (!(parent instanceof AstDot)) {
        found.add("helper bean '" + name + "' in " + quoted(text) + " may only be read as " + name + ".property");
      }
    } else if (beans.isOtherBean(name)) {
      found.add("'" + name + "' in " + quoted(text) + " is an application component, not a delegate or helper bean "
          + "a model may use");
    }
  }

  private static boolean isLiteral(Node key) {
    return key instanceof AstString || key instanceof AstNumber;
  }

  /** The name a property node reads: {@code a.name} or {@code a['name']}. */
  private static String propertyName(AstProperty property) {
    if (property instanceof AstDot dot) {
      // AstDot keeps its name private; its text form is ". name".
      return dot.toString().substring(2);
    }
    Node key = property.getChild(1);
    return key instanceof AstString literal ? String.valueOf(literal.eval(null, null)) : String.valueOf(key);
  }

  private static String quoted(String text) {
    return "'" + text.strip() + "'";
  }
}
