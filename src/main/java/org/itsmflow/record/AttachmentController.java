package org.itsmflow.record;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.InvalidFieldException;
import org.itsmflow.security.GroupAuthority;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * Files on any record: staff list and download them (auditors too), staff but auditors attach
 * them (SecurityConfig); whoever attached a file, or an administrator, removes it. The upload is
 * {@code multipart/form-data} with the part {@code file} and, optionally, {@code visibility}
 * ({@code internal} or {@code public}) and {@code description}.
 */
@RestController
@RequestMapping("/api/records/{number}/attachments")
public class AttachmentController {

  private static final int MAX_DESCRIPTION = 1000;

  private final Attachments attachments;

  AttachmentController(Attachments attachments) {
    this.attachments = attachments;
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<Attachment> list(@PathVariable String number) {
    return attachments.of(number);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Transactional
  ResponseEntity<Attachment> attach(@PathVariable String number,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "visibility", required = false) String visibility,
      @RequestParam(name = "description", required = false) String description) {
    Attachment attachment = upload(attachments, number, file, visibility, description);
    return ResponseEntity.created(URI.create(attachment.href())).body(attachment);
  }

  /** Attaches an uploaded part, whichever door it came through (the API, the workspace's record pages). */
  public static Attachment upload(Attachments attachments, String number, MultipartFile file, String visibility,
      String description) {
    if (file == null) {
      throw new InvalidFieldException(AttachmentRules.FIELD, "required: the part 'file' of a multipart/form-data upload");
    }
    Visibility shownTo = visibility == null ? Visibility.INTERNAL : Fields.oneOf("visibility", visibility, Visibility.class);
    return attachments.add(number, new Attachments.Upload(file.getOriginalFilename(), file.getContentType(),
        file.getSize(), file, shownTo, Fields.optionalText("description", description, MAX_DESCRIPTION)));
  }

  /**
   * The file itself, always as a download (never shown inside our pages: an uploaded HTML or SVG
   * file could otherwise run script), with its SHA-256 in {@code X-Content-SHA256}.
   */
  @GetMapping("/{id}")
  @Transactional
  void download(@PathVariable String number, @PathVariable long id, HttpServletResponse response) throws IOException {
    send(attachments, attachments.find(number, id), response);
  }

  /** Writes the file as a download, whichever door asked for it (the API, the workspace). */
  public static void send(Attachments attachments, Attachment attachment, HttpServletResponse response) throws IOException {
    response.setContentType(attachment.contentType());
    response.setContentLengthLong(attachment.size());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.fileName()));
    response.setHeader("Content-Security-Policy", "sandbox");
    response.setHeader("X-Content-SHA256", attachment.sha256());
    attachments.download(attachment, response.getOutputStream());
  }

  /**
   * {@code attachment; filename="..."} for clients that read only that (curl -J) and, for a name
   * beyond ASCII, {@code filename*} (RFC 6266) with the name as it is, which browsers prefer.
   */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    String header = "attachment; filename=\"" + ascii + "\"";
    return ascii.equals(fileName) ? header
        : header + "; filename*=UTF-8''" + UriUtils.encode(fileName, StandardCharsets.UTF_8);
  }

  @DeleteMapping("/{id}")
  @Transactional
  List<Attachment> remove(@PathVariable String number, @PathVariable long id, Authentication caller) {
    boolean admin = caller.getAuthorities().stream().anyMatch(a -> GroupAuthority.admin().equals(a.getAuthority()));
    return attachments.remove(number, id, admin);
  }
}
