package org.itsmflow.record;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.itsmflow.security.GroupAuthority;
import org.itsmflow.workspace.OwnPages;
import org.itsmflow.workspace.WorkspacePage;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files on a record from the workspace's record pages, whatever the record type: the same
 * {@link Attachments} as the API, with its checks (types, size, closed records, who may remove).
 * After a form, back to the record page it came from.
 */
@WorkspacePage
@RequestMapping("/records/{number}/attachments")
class AttachmentPages {

  private final Attachments attachments;

  AttachmentPages(Attachments attachments) {
    this.attachments = attachments;
  }

  @PostMapping
  @Transactional
  String attach(@PathVariable String number, @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "visibility", required = false) String visibility, @RequestParam("back") String back,
      RedirectAttributes redirect) {
    Attachment attachment = AttachmentController.upload(attachments, number, file, visibility, null);
    redirect.addFlashAttribute("notice", attachment.fileName() + " attached.");
    return "redirect:" + OwnPages.orStart(back);
  }

  @GetMapping("/{id}")
  @Transactional
  void download(@PathVariable String number, @PathVariable long id, HttpServletResponse response) throws IOException {
    AttachmentController.send(attachments, attachments.find(number, id), response);
  }

  @PostMapping("/{id}/remove")
  @Transactional
  String remove(@PathVariable String number, @PathVariable long id, @RequestParam("back") String back,
      Authentication caller, RedirectAttributes redirect) {
    boolean admin = caller.getAuthorities().stream().anyMatch(a -> GroupAuthority.admin().equals(a.getAuthority()));
    String name = attachments.find(number, id).fileName();
    attachments.remove(number, id, admin);
    redirect.addFlashAttribute("notice", name + " removed.");
    return "redirect:" + OwnPages.orStart(back);
  }
}
