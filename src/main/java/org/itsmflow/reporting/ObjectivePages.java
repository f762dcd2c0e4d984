package org.itsmflow.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.security.GroupAuthority;
import org.itsmflow.security.RoleGroup;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The objectives in the workspace: every objective with its actual value and whether it is met;
 * process owners and administrators add and change them (the API's checks).
 */
@WorkspacePage
class ObjectivePages {

  private final Objectives objectives;
  private final Measures measures;

  ObjectivePages(Objectives objectives, Measures measures) {
    this.objectives = objectives;
    this.measures = measures;
  }

  @GetMapping("/objectives")
  @Transactional(readOnly = true)
  String list(Authentication caller, Model model) {
    model.addAttribute("objectives", objectives.list());
    form(caller, model, null);
    return "objectives/list";
  }

  @GetMapping("/objectives/{id}")
  @Transactional(readOnly = true)
  String edit(@PathVariable String id, Authentication caller, Model model) {
    form(caller, model, objectives.get(id));
    return "objectives/edit";
  }

  @PostMapping("/objectives")
  String create(@RequestParam(required = false) String title, @RequestParam(required = false) String measure,
      @RequestParam(required = false) String value, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String key, @RequestParam(required = false) String comparison,
      @RequestParam(required = false) String target, @RequestParam(required = false) String periodMonths,
      @RequestParam(required = false) String owner, @RequestParam(required = false) String reviewOn,
      RedirectAttributes redirect) {
    Objectives.Objective o = objectives.create(new Objectives.Definition(title, measure, value, groupBy, key,
        comparison, number(target), whole(periodMonths), owner, reviewOn, true));
    redirect.addFlashAttribute("notice", "Added " + o.id() + " " + o.title() + ".");
    return "redirect:/objectives";
  }

  @PostMapping("/objectives/{id}")
  String update(@PathVariable String id, @RequestParam(required = false) String title,
      @RequestParam(required = false) String measure, @RequestParam(required = false) String value,
      @RequestParam(required = false) String groupBy, @RequestParam(required = false) String key,
      @RequestParam(required = false) String comparison, @RequestParam(required = false) String target,
      @RequestParam(required = false) String periodMonths, @RequestParam(required = false) String owner,
      @RequestParam(required = false) String reviewOn, @RequestParam(required = false) String active,
      RedirectAttributes redirect) {
    Objectives.Objective o = objectives.update(id, new Objectives.Definition(title, measure, value, groupBy, key,
        comparison, number(target), whole(periodMonths), owner, reviewOn, active != null));
    redirect.addFlashAttribute("notice", "Saved " + o.id() + " " + o.title() + ".");
    return "redirect:/objectives";
  }

  private void form(Authentication caller, Model model, Objectives.Objective objective) {
    model.addAttribute("objective", objective);
    // What the form shows: the objective's fields, or what was typed when the last try was refused.
    java.util.Map<String, String> values = new java.util.HashMap<>();
    if (objective != null) {
      values.put("title", objective.title());
      values.put("measure", objective.measure());
      values.put("value", objective.value());
      values.put("groupBy", objective.groupBy());
      values.put("key", objective.key());
      values.put("comparison", objective.comparison());
      values.put("target", objective.target().stripTrailingZeros().toPlainString());
      values.put("periodMonths", Integer.toString(objective.periodMonths()));
      values.put("owner", objective.owner());
      values.put("reviewOn", objective.reviewOn().toString());
      values.put("active", objective.active() ? "on" : null);
    } else {
      values.put("periodMonths", "3");
      values.put("comparison", "at-least");
      values.put("groupBy", "service");
    }
    if (model.getAttribute("typed") instanceof java.util.Map<?, ?> typed) {
      values.clear();
      typed.forEach((k, v) -> values.put(String.valueOf(k), String.valueOf(v)));
    }
    model.addAttribute("v", values);
    model.addAttribute("measures", measures.all());
    TreeSet<String> groupings = new TreeSet<>();
    measures.all().forEach(m -> groupings.addAll(m.groupings()));
    model.addAttribute("groupings", List.copyOf(groupings));
    model.addAttribute("mayEdit", GroupAuthority.isAdminOr(caller, RoleGroup.PROCESS_OWNERS));
  }

  private static BigDecimal number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidFieldException("target", "a number with at most two decimals, e.g. 95 or 4.5");
    }
  }

  private static Integer whole(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException("periodMonths", "a whole number from 1 to 24");
    }
  }
}
