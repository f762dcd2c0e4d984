package org.itsmflow.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.itsmflow.platform.EngineAsSystem;
import org.itsmflow.platform.Fields;
import org.itsmflow.security.StaffMembership;
import org.itsmflow.workspace.OwnPages;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For administrators (and process owners) in the workspace: each person's organisation, whether
 * they read its tickets in the portal, and the manager who approves their orders. The same
 * checks as {@code PUT /api/admin/requesters/{userId}}.
 */
@WorkspacePage
@RequestMapping("/admin/requesters")
class RequesterAdminPages {

  static final int SHOWN = 50;

  /** A person with their profile, as the page lists them. */
  record Person(String id, String name, String email, boolean staff, RequesterProfiles.Profile profile) {}

  private final RequesterProfiles profiles;
  private final IdentityService identity;
  private final EngineAsSystem engine;
  private final StaffMembership staff;

  RequesterAdminPages(RequesterProfiles profiles, IdentityService identity, EngineAsSystem engine,
      StaffMembership staff) {
    this.profiles = profiles;
    this.identity = identity;
    this.engine = engine;
    this.staff = staff;
  }

  /**
   * The person with the user id {@code q}, or whose first name, last name or e-mail contains it (all
   * when empty), at most {@value #SHOWN}.
   */
  @GetMapping
  String list(@RequestParam(required = false) String q, Model model) {
    String words = Fields.optionalText("q", q, 64);
    Map<String, User> found = new LinkedHashMap<>();
    engine.run(() -> {
      if (words == null) {
        identity.createUserQuery().orderByUserId().asc().listPage(0, SHOWN).forEach(u -> found.put(u.getId(), u));
      } else {
        String like = "%" + words + "%";
        for (List<User> users : List.of(identity.createUserQuery().userId(words).list(),
            identity.createUserQuery().userEmailLike(like).listPage(0, SHOWN),
            identity.createUserQuery().userFirstNameLike(like).listPage(0, SHOWN),
            identity.createUserQuery().userLastNameLike(like).listPage(0, SHOWN))) {
          users.forEach(u -> found.putIfAbsent(u.getId(), u));
        }
      }
    });
    model.addAttribute("people", found.values().stream().limit(SHOWN)
        .map(u -> new Person(u.getId(), name(u), u.getEmail(), staff.isStaff(u.getId()), profiles.of(u.getId())))
        .toList());
    model.addAttribute("q", words);
    return "admin/requesters";
  }

  @PostMapping("/{userId}")
  String save(@PathVariable String userId, @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String seesOrganisation, @RequestParam(required = false) String managerId,
      @RequestParam("back") String back, RedirectAttributes redirect) {
    profiles.save(userId, organisation, seesOrganisation != null, managerId);
    redirect.addFlashAttribute("notice", "Saved the profile of " + userId + ".");
    return "redirect:" + OwnPages.orStart(back);
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
