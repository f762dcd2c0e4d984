-- The monthly service report's delivery (issue 20, ISO 20000 9.4; process service-reporting).
-- Who receives a service's report: e-mail addresses its owner keeps.
CREATE TABLE itsm_service_report_recipient (
  service_code  VARCHAR(30)   NOT NULL REFERENCES itsm_service (code),
  address       VARCHAR(320)  NOT NULL,
  CONSTRAINT itsm_service_report_recipient_pk PRIMARY KEY (service_code, address)
);

-- Each service's report for a month as it went out: prepared for review, reviewed (by whom), then
-- archived with the PDF and the numbers it shows (JSON), and to whom and when it was sent (or why
-- not). One row
-- per service and month, so a step that runs twice finds its work done.
CREATE TABLE itsm_service_report_archive (
  service_code  VARCHAR(30)   NOT NULL REFERENCES itsm_service (code),
  report_month  VARCHAR(7)    NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  prepared_at   TIMESTAMP     NOT NULL,
  reviewed_by   VARCHAR(64),
  reviewed_at   TIMESTAMP,
  archived_at   TIMESTAMP,
  pdf           BYTEA,
  data          BYTEA,
  sha256        VARCHAR(64),
  sent_at       TIMESTAMP,
  sent_to       VARCHAR(16100),
  note          VARCHAR(200),
  CONSTRAINT itsm_service_report_archive_pk PRIMARY KEY (service_code, report_month)
);
