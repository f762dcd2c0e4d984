package org.itsmflow.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.itsmflow.platform.ApiExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A refused action on a page: the same status and text as the API would answer, shown on the
 * page the form came from (with what was typed, so nothing has to be typed again), or an error
 * page when a page itself cannot be shown. Never a stack trace or SQL.
 */
@ControllerAdvice(annotations = WorkspacePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

  /** The hidden field each form carries: the page to go back to. */
  static final String BACK = "back";

  private final ApiExceptionHandler problems;

  PageErrors(ApiExceptionHandler problems) {
    this.problems = problems;
  }

  @ExceptionHandler(Exception.class)
  ModelAndView refused(Exception e, HttpServletRequest request, HttpServletResponse response) {
    ProblemDetail problem = problems.describe(e);
    String back = request.getParameter(BACK);
    if ("POST".equals(request.getMethod()) && OwnPages.isOwn(back)) {
      FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
      flash.put("error", problem.getDetail());
      Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
      if (field != null) {
        flash.put("errorField", field);
      }
      flash.put("typed", typed(request));
      return new ModelAndView("redirect:" + back);
    }
    response.setStatus(problem.getStatus());
    // The portal's pages show its own layout: a requester never sees the staff's navigation.
    boolean portal = request.getRequestURI().startsWith(request.getContextPath() + "/portal");
    ModelAndView page = new ModelAndView(portal ? "portal/error-page" : "error-page");
    page.setStatus(org.springframework.http.HttpStatus.valueOf(problem.getStatus()));
    page.addObject("status", problem.getStatus());
    page.addObject("detail", problem.getDetail());
    return page;
  }

  private static Map<String, String> typed(HttpServletRequest request) {
    Map<String, String> values = new HashMap<>();
    request.getParameterMap().forEach((name, value) -> {
      if (!name.startsWith("_") && value.length > 0) {
        values.put(name, value[0]);
      }
    });
    return values;
  }
}
