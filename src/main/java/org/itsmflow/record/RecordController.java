package org.itsmflow.record;

import jakarta.validation.Valid;
import java.util.List;
import org.itsmflow.platform.Fields;
import org.itsmflow.platform.validation.OneOf;
import org.itsmflow.platform.validation.Text;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any record by its number, whatever its type: its type, status, work log, links and attachments, and the
 * links between records. Staff read; staff but auditors link (SecurityConfig). Each type's own
 * API ({@code href}) has the rest.
 */
@RestController
@RequestMapping("/api/records")
class RecordController {

  private final Records records;
  private final WorkLog workLog;
  private final RecordLinks links;
  private final Attachments attachments;

  RecordController(Records records, WorkLog workLog, RecordLinks links, Attachments attachments) {
    this.records = records;
    this.workLog = workLog;
    this.links = links;
    this.attachments = attachments;
  }

  /** A record as every type has it; {@code href} is its own API resource. */
  record RecordSummary(String type, String number, String status, boolean ended, String href,
      List<RecordLink> links, List<Attachment> attachments, List<WorkLogEntry> workLog) {}

  record LinkRequest(@OneOf({"relates-to", "caused-by", "duplicates"}) String kind, @Text(max = 20) String to) {}

  @GetMapping("/{number}")
  @Transactional(readOnly = true)
  RecordSummary get(@PathVariable String number) {
    RecordHeader record = records.get(number);
    return new RecordSummary(record.type().id(), number, record.status(), record.ended(),
        record.type().apiPath(number), links.of(number), attachments.of(number), workLog.of(number));
  }

  @GetMapping("/{number}/links")
  @Transactional(readOnly = true)
  List<RecordLink> links(@PathVariable String number) {
    records.get(number);
    return links.of(number);
  }

  /** Links this record to another: {"kind": "caused-by", "to": "CHG-000002"}; answers the record's links. */
  @PostMapping("/{number}/links")
  @Transactional
  List<RecordLink> link(@PathVariable String number, @Valid @RequestBody LinkRequest body) {
    return links.link(number, Fields.listed(body.kind()), Fields.trimmed(body.to()));
  }

  @DeleteMapping("/{number}/links/{id}")
  @Transactional
  List<RecordLink> unlink(@PathVariable String number, @PathVariable long id) {
    return links.unlink(number, id);
  }
}
