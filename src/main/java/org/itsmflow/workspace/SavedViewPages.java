package org.itsmflow.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.itsmflow.security.EngineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saving and removing one's own views of a workspace list. */
@WorkspacePage
class SavedViewPages {

  private final SavedViews views;

  SavedViewPages(SavedViews views) {
    this.views = views;
  }

  @PostMapping("/views")
  String save(@AuthenticationPrincipal EngineUser user, @RequestParam Map<String, String> form,
      RedirectAttributes redirect) {
    String list = form.get("list");
    String query = form.getOrDefault("query", "");
    views.save(user.id(), list, form.get("name"), query);
    redirect.addFlashAttribute("notice", "View '" + form.get("name").trim() + "' saved: it is listed above this list.");
    return "redirect:" + OwnPages.orStart(list + (query.isBlank() ? "" : "?" + query));
  }

  @PostMapping("/views/{id}/remove")
  String remove(@AuthenticationPrincipal EngineUser user, @PathVariable long id, @RequestParam("back") String back,
      RedirectAttributes redirect) {
    views.remove(user.id(), id);
    redirect.addFlashAttribute("notice", "View removed.");
    return "redirect:" + OwnPages.orStart(back);
  }

  /** Each list page shows the viewer's saved views of it, and what saving this one would keep. */
  @ControllerAdvice(annotations = WorkspacePage.class)
  static class OnEveryList {

    private final SavedViews views;

    OnEveryList(SavedViews views) {
      this.views = views;
    }

    @ModelAttribute
    void savedViews(HttpServletRequest request, @AuthenticationPrincipal EngineUser user,
        Model model) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (user != null && "GET".equals(request.getMethod()) && SavedViews.LISTS.contains(path)) {
        model.addAttribute("savedViews", views.of(user.id(), path));
        model.addAttribute("listPath", path);
        model.addAttribute("listQuery", request.getQueryString() == null ? "" : request.getQueryString());
      }
    }
  }
}
