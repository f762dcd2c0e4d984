package org.itsmflow.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a model as the engine would deploy it and lists what a model may not contain: code
 * (Java classes, scripts, connectors, external resources, Java-backed FEEL functions) and
 * expressions that do more than read, compare and compute (JuelExpressionRules). Pure logic:
 * which beans a model may name comes from outside.
 */
final class ModelInspector {

  private static final Set<String> MODEL_SUFFIXES = Set.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form");
  private static final String CAMUNDA_NAMESPACES = "http://camunda.org/schema/";
  // Text that is read by people, never evaluated.
  private static final Set<String> PROSE = Set.of("documentation", "textAnnotation", "description");
  // Where a decision table's FEEL expressions stand (each in a <text> element).
  private static final Set<String> DMN_EXPRESSIONS = Set.of("inputExpression", "inputEntry", "outputEntry",
      "literalExpression", "defaultOutputEntry");
  private static final Set<String> EXPRESSION_LANGUAGES = Set.of("feel", "juel",
      "https://www.omg.org/spec/dmn/20191111/feel/", "http://www.omg.org/spec/feel/20140401");
  private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\b");
  // FEEL calls the public methods of a Java object as qualified functions (value.method(...)).
  private static final Pattern FEEL_QUALIFIED_CALL = Pattern.compile("\\.\\s*[A-Za-z_][\\w]*\\s*\\(");

  private final JuelExpressionRules juel;

  ModelInspector(ModelBeans beans) {
    this.juel = new JuelExpressionRules(beans);
  }

  /**
   * What a new deployment's model refers to, checked against the deployment and the application
   * before it goes live (ModelGuard): the forms its user tasks bind from the same deployment, the
   * candidate groups they name, the delegate beans it names. Each with where it stands.
   */
  record References(List<Reference> forms, List<Reference> groups, List<Reference> delegates,
      List<ModelViolation> withoutRetryCycle, List<ModelViolation> overlappingRules) {}

  record Reference(String name, ModelViolation place) {}

  List<ModelViolation> inspect(String resource, byte[] content) {
    return read(resource, content).found;
  }

  /**
   * The references of a BPMN model and the rules of a DMN model's tables that overlap where their
   * hit policy forbids it, for a new deployment; none for other files.
   */
  References references(String resource, byte[] content) {
    String lower = resource.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
      return new References(List.of(), List.of(), List.of(), List.of(), read(resource, content).overlappingRules);
    }
    Handler handler = lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml") ? read(resource, content)
        : new Handler(resource);
    return new References(handler.forms, handler.groups, handler.delegates, handler.withoutRetry, List.of());
  }

  private Handler read(String resource, byte[] content) {
    String lower = resource.toLowerCase(Locale.ROOT);
    Handler handler = new Handler(resource);
    if (MODEL_SUFFIXES.stream().noneMatch(lower::endsWith)) {
      handler.found.add(new ModelViolation(resource,
          "only BPMN (.bpmn), DMN (.dmn) and Camunda Forms (.form) are deployed", 0, 0, null));
      return handler;
    }
    if (lower.endsWith(".form")) {
      // Camunda Forms are rendered in the user's browser; nothing of them runs on the server.
      return handler;
    }
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.newSAXParser().parse(new ByteArrayInputStream(content), handler);
    } catch (SAXParseException e) {
      handler.found.add(new ModelViolation(resource, "not well-formed XML: " + e.getMessage(),
          e.getLineNumber(), e.getColumnNumber(), null));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      handler.found.add(new ModelViolation(resource, "cannot be read as XML: " + e.getMessage(), 0, 0, null));
    }
    return handler;
  }

  /**
   * An element as it is read. {@code job}: it makes a job (a timer, an async step) and so needs a
   * retry cycle; {@code retryCycle}: it has one.
   */
  private record Frame(String name, String elementId, String language, int line, int column, StringBuilder text,
      boolean[] job, boolean[] retryCycle) {}

  private final class Handler extends DefaultHandler {

    private final String resource;
    private final List<ModelViolation> found = new ArrayList<>();
    private final List<Reference> forms = new ArrayList<>();
    private final List<Reference> groups = new ArrayList<>();
    private final List<Reference> delegates = new ArrayList<>();
    private final List<ModelViolation> withoutRetry = new ArrayList<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private Locator locator;
    // The decision table being read: its columns' declared types and the rule entry at hand.
    private final List<String[]> inputColumns = new ArrayList<>();
    private final List<String[]> outputColumns = new ArrayList<>();
    private int inputEntry;
    private int outputEntry;
    // Its hit policy and rules, for the overlap check when the table ends.
    private String hitPolicy;
    private String inputLabel;
    private final List<DecisionRuleOverlaps.Column> inputs = new ArrayList<>();
    private final List<DecisionRuleOverlaps.Rule> rules = new ArrayList<>();
    private final List<ModelViolation> overlappingRules = new ArrayList<>();

    Handler(String resource) {
      this.resource = resource;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      Frame parent = open.peek();
      String id = attributes.getValue("id");
      String elementId = id != null ? id : parent == null ? null : parent.elementId();
      String language = attributes.getValue("expressionLanguage") != null ? attributes.getValue("expressionLanguage")
          : parent == null ? null : parent.language();
      Frame frame = new Frame(localName, elementId, language, locator.getLineNumber(), locator.getColumnNumber(),
          new StringBuilder(), new boolean[1], new boolean[1]);
      readJob(uri, localName, attributes, frame);
      checkElement(uri, localName, frame);
      readTable(localName, attributes, parent, frame);
      for (int i = 0; i < attributes.getLength(); i++) {
        checkAttribute(attributes.getURI(i), attributes.getLocalName(i), attributes.getValue(i), frame);
      }
      open.push(frame);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text().append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      Frame frame = open.pop();
      if ("decisionTable".equals(frame.name())) {
        DecisionRuleOverlaps.find(hitPolicy, inputs, rules).forEach(overlap -> overlappingRules.add(new ModelViolation(
            resource, DecisionRuleOverlaps.message(hitPolicy, overlap), overlap.second().place().line(),
            overlap.second().place().column(), overlap.second().id())));
      }
      if (frame.job()[0] && !frame.retryCycle()[0]) {
        withoutRetry.add(new ModelViolation(resource, (frame.name().contains("Event") ? "timer" : "async step") + " '"
            + frame.elementId() + "' has no retry cycle (camunda:failedJobRetryTimeCycle, e.g. R3/PT10M): a short "
            + "outage would leave an incident at once", frame.line(), frame.column(), frame.elementId()));
      }
      String text = frame.text().toString().strip();
      if (text.isEmpty() || PROSE.contains(frame.name()) || (parentIs("textAnnotation"))) {
        return;
      }
      if (JuelExpressionRules.isExpression(text)) {
        juel.violations(text).forEach(message -> add(frame, message));
      }
      Frame parent = open.peek();
      if ("text".equals(frame.name()) && parent != null && DMN_EXPRESSIONS.contains(parent.name())) {
        checkFeel(text, frame);
        checkEntryType(text, parent, frame);
        keepEntry(text, parent);
      }
    }

    /**
     * Marks the flow element that makes a job (a timer event, an async step) and the one that has
     * its retry cycle; keeps the forms, groups and delegate beans the element names.
     */
    private void readJob(String uri, String name, Attributes attributes, Frame frame) {
      if (uri.startsWith(CAMUNDA_NAMESPACES) && "failedJobRetryTimeCycle".equals(name)) {
        flowElement().ifPresent(f -> f.retryCycle()[0] = true);
      } else if ("timerEventDefinition".equals(name)) {
        flowElement().ifPresent(f -> f.job()[0] = true);
      } else if (!"multiInstanceLoopCharacteristics".equals(name)
          && ("true".equals(camunda(attributes, "asyncBefore")) || "true".equals(camunda(attributes, "asyncAfter")))) {
        frame.job()[0] = true;
      }
      String formRef = camunda(attributes, "formRef");
      if (formRef != null && "deployment".equals(camunda(attributes, "formRefBinding"))) {
        forms.add(new Reference(formRef.strip(), place(frame)));
      }
      String candidateGroups = camunda(attributes, "candidateGroups");
      if (candidateGroups != null && !candidateGroups.contains("${") && !candidateGroups.contains("#{")) {
        for (String group : candidateGroups.split(",")) {
          if (!group.isBlank()) {
            groups.add(new Reference(group.strip(), place(frame)));
          }
        }
      }
      String delegate = attributes.getValue("delegateExpression") != null ? attributes.getValue("delegateExpression")
          : camunda(attributes, "delegateExpression");
      if (delegate != null && delegate.strip().matches("\\$\\{\\s*[A-Za-z_][\\w]*\\s*}")) {
        delegates.add(new Reference(delegate.strip().replaceAll("[${}\\s]", ""), place(frame)));
      }
    }

    /** The flow element an extension or event definition belongs to: the nearest open element that is neither. */
    private Optional<Frame> flowElement() {
      return open.stream().filter(f -> !"extensionElements".equals(f.name()) && !f.name().endsWith("EventDefinition"))
          .findFirst();
    }

    private String camunda(Attributes attributes, String name) {
      for (int i = 0; i < attributes.getLength(); i++) {
        if (attributes.getURI(i).startsWith(CAMUNDA_NAMESPACES) && name.equals(attributes.getLocalName(i))) {
          return attributes.getValue(i);
        }
      }
      return null;
    }

    private ModelViolation place(Frame frame) {
      return new ModelViolation(resource, "", frame.line(), frame.column(), frame.elementId());
    }

    /** Keeps the columns' types of the table being read and counts a rule's entries. */
    private void readTable(String name, Attributes attributes, Frame parent, Frame frame) {
      switch (name) {
        case "decisionTable" -> {
          inputColumns.clear();
          outputColumns.clear();
          inputs.clear();
          rules.clear();
          hitPolicy = attributes.getValue("hitPolicy");
        }
        case "input" -> inputLabel = attributes.getValue("label") != null ? attributes.getValue("label")
            : attributes.getValue("id");
        case "inputExpression" -> {
          inputColumns.add(new String[] {attributes.getValue("typeRef"), parent == null ? null : parent.elementId()});
          inputs.add(new DecisionRuleOverlaps.Column(inputLabel, attributes.getValue("typeRef")));
        }
        case "output" -> outputColumns.add(new String[] {attributes.getValue("typeRef"),
            attributes.getValue("name") != null ? attributes.getValue("name") : attributes.getValue("id")});
        case "rule" -> {
          inputEntry = 0;
          outputEntry = 0;
          rules.add(new DecisionRuleOverlaps.Rule(frame.elementId(), place(frame), new ArrayList<>(), new ArrayList<>()));
        }
        case "inputEntry" -> {
          inputEntry++;
          currentRule().ifPresent(rule -> rule.inputs().add(""));
        }
        case "outputEntry" -> {
          outputEntry++;
          currentRule().ifPresent(rule -> rule.outputs().add(""));
        }
        default -> { }
      }
    }

    private Optional<DecisionRuleOverlaps.Rule> currentRule() {
      return rules.isEmpty() ? Optional.empty() : Optional.of(rules.get(rules.size() - 1));
    }

    /** An entry's text for the overlap check: the rule's last entry of its kind, added empty when it began. */
    private void keepEntry(String text, Frame entry) {
      boolean input = "inputEntry".equals(entry.name());
      if (!input && !"outputEntry".equals(entry.name())) {
        return;
      }
      currentRule().ifPresent(rule -> {
        List<String> entries = input ? rule.inputs() : rule.outputs();
        if (!entries.isEmpty()) {
          entries.set(entries.size() - 1, text);
        }
      });
    }

    private void checkEntryType(String text, Frame entry, Frame frame) {
      boolean input = "inputEntry".equals(entry.name());
      if (!input && !"outputEntry".equals(entry.name())) {
        return;
      }
      List<String[]> columns = input ? inputColumns : outputColumns;
      int index = (input ? inputEntry : outputEntry) - 1;
      if (index < 0 || index >= columns.size()) {
        return;
      }
      String[] column = columns.get(index);
      String mismatch = DecisionEntryTypes.mismatch(column[0], text, input);
      if (mismatch != null) {
        add(frame, (input ? "input entry" : "output entry") + " '" + text + "' does not fit "
            + (input ? "input " : "output ") + (column[1] == null ? "#" + (index + 1) : "'" + column[1] + "'")
            + " of type " + column[0] + ": " + mismatch + "; every evaluation reaching this rule would fail");
      }
    }

    private boolean parentIs(String name) {
      return !open.isEmpty() && name.equals(open.peek().name());
    }

    private void checkElement(String uri, String name, Frame frame) {
      if ("scriptTask".equals(name) || "script".equals(name)) {
        add(frame, "scripts are not allowed in models: call a delegate bean (${bean}) instead");
      } else if ("connector".equals(name) && uri.startsWith(CAMUNDA_NAMESPACES)) {
        add(frame, "connectors are not allowed in models: call a delegate bean (${bean}) instead");
      }
    }

    private void checkAttribute(String uri, String name, String value, Frame frame) {
      boolean camunda = uri.startsWith(CAMUNDA_NAMESPACES);
      if (camunda && ("class".equals(name) || "variableMappingClass".equals(name))) {
        add(frame, "camunda:" + name + "=\"" + value + "\" names Java code: use a delegate bean (${bean}) instead");
      } else if (camunda && "resource".equals(name)) {
        add(frame, "camunda:resource loads an external resource: keep everything in the model");
      } else if ("scriptFormat".equals(name) || "language".equals(name)) {
        add(frame, name + "=\"" + value + "\" makes a script: expressions only, scripts are not allowed");
      } else if (camunda && "formKey".equals(name) && value.strip().startsWith("embedded:")) {
        add(frame, "embedded HTML forms run scripts in staff browsers: use a Camunda Form (camunda:formRef)");
      } else if ("expressionLanguage".equals(name)
          && !EXPRESSION_LANGUAGES.contains(value.strip().toLowerCase(Locale.ROOT))) {
        add(frame, "expressionLanguage=\"" + value + "\" is not allowed: use FEEL (or JUEL expressions that only read)");
      } else if (JuelExpressionRules.isExpression(value)) {
        // camunda:delegateExpression on a task; delegateExpression, unqualified, on a camunda:taskListener.
        juel.violations(value, "delegateExpression".equals(name)).forEach(message -> add(frame, message));
      }
    }

    private void checkFeel(String text, Frame frame) {
      String language = frame.language() == null ? "feel" : frame.language().toLowerCase(Locale.ROOT);
      if (language.contains("juel")) {
        return;
      }
      String withoutStrings = FEEL_STRING.matcher(text).replaceAll("\"\"");
      if (FEEL_EXTERNAL.matcher(withoutStrings).find()) {
        add(frame, "FEEL external functions call Java and are not allowed: '" + text + "'");
      }
      if (FEEL_QUALIFIED_CALL.matcher(withoutStrings).find()) {
        add(frame, "FEEL calls a method of a value in '" + text + "': models may read values, not call methods");
      }
    }

    private void add(Frame frame, String message) {
      found.add(new ModelViolation(resource, message, frame.line(), frame.column(), frame.elementId()));
    }
  }
}
