package org.itsmflow.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A file attached to a record, without its content: {@code href} downloads it.
 *
 * @param size in bytes
 * @param sha256 of the content, hex: shows that a downloaded file is the one uploaded
 * @param visibility {@code public}: the requester sees it too; {@code internal}: staff only
 */
public record Attachment(long id, @JsonIgnore String number, String fileName, String contentType, long size, String sha256,
    String visibility, String description, Instant uploadedAt, String uploadedBy, String href) {}
