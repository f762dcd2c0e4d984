package org.itsmflow.record;

import java.util.List;
import java.util.Locale;
import org.itsmflow.platform.InvalidConfigurationException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * itsm.attachments.*: the largest file a record takes and the content types it takes (the
 * declared type must be one of them and the content must look like it).
 */
@ConfigurationProperties("itsm.attachments")
public record AttachmentProperties(DataSize maxSize, List<String> allowedTypes) {

  /** What a service desk receives day to day: documents, screenshots, logs, exported mails, archives. */
  public static final List<String> DEFAULT_TYPES = List.of("application/pdf", "image/png", "image/jpeg",
      "image/gif", "text/plain", "text/csv", "application/json", "message/rfc822", "application/zip",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

  public AttachmentProperties {
    maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
    if (maxSize.toBytes() <= 0) {
      throw new InvalidConfigurationException("itsm.attachments.max-size is " + maxSize + ": no file could be attached",
          "Set ITSM_ATTACHMENT_MAX_SIZE to a size such as 20MB.");
    }
    allowedTypes = (allowedTypes == null || allowedTypes.isEmpty() ? DEFAULT_TYPES : allowedTypes).stream()
        .map(type -> type.trim().toLowerCase(Locale.ROOT)).filter(type -> !type.isEmpty()).toList();
  }
}
