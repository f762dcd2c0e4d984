package org.itsmflow.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;

/**
 * Which BPMN file uses which form. Our processes bind forms with
 * {@code camunda:formRefBinding="deployment"}, so a process and its forms must always be
 * deployed together: a changed form brings its processes along, a changed process its forms.
 */
final class FormReferences {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> formResourceById = new HashMap<>();
  private final Map<String, Set<String>> formIdsByProcessResource = new HashMap<>();

  FormReferences(Collection<ModelResource> models) {
    for (ModelResource model : models) {
      if (model.isForm()) {
        formResourceById.put(formId(model), model.name());
      } else if (model.isBpmn()) {
        formIdsByProcessResource.put(model.name(), formRefs(model));
      }
    }
  }

  /** The changed resources plus everything that must be deployed with them. */
  Set<String> closeOver(Set<String> changed) {
    Set<String> result = new LinkedHashSet<>(changed);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<String, Set<String>> process : formIdsByProcessResource.entrySet()) {
        Set<String> forms = new HashSet<>();
        for (String formId : process.getValue()) {
          String formResource = formResourceById.get(formId);
          if (formResource != null) {
            forms.add(formResource);
          }
        }
        boolean processIncluded = result.contains(process.getKey());
        boolean anyFormIncluded = forms.stream().anyMatch(result::contains);
        if (processIncluded || anyFormIncluded) {
          grew |= result.add(process.getKey());
          grew |= result.addAll(forms);
        }
      }
    }
    return result;
  }

  /** Validates a form file: the engine stores forms unparsed, so a broken one would only fail in Tasklist. */
  static String formId(ModelResource form) {
    JsonNode json;
    try {
      json = JSON.readTree(form.content());
    } catch (IOException e) {
      throw new InvalidModelException(form.name(), "Not a valid Camunda Form (JSON): " + e.getMessage());
    }
    if (json == null || !json.path("id").isTextual() || json.path("id").asText().isBlank()) {
      throw new InvalidModelException(form.name(), "A Camunda Form needs a non-empty \"id\"");
    }
    if (!json.path("components").isArray()) {
      throw new InvalidModelException(form.name(), "A Camunda Form needs a \"components\" list");
    }
    return json.path("id").asText();
  }

  private static Set<String> formRefs(ModelResource process) {
    Set<String> refs = new HashSet<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(process.content()));
    } catch (ModelException e) {
      // The engine reports the parse error with line and element when it deploys the file.
      return refs;
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      addIfPresent(refs, task.getCamundaFormRef());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      addIfPresent(refs, start.getCamundaFormRef());
    }
    return refs;
  }

  private static void addIfPresent(Set<String> refs, String ref) {
    if (ref != null && !ref.isBlank()) {
      refs.add(ref);
    }
  }
}
