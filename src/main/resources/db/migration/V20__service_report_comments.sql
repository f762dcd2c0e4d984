-- The text a service owner adds to a service's monthly report (issue 20, ISO 20000 9.4): one per
-- service and month, kept with who wrote it and when.
CREATE TABLE itsm_service_report_comment (
  service_code  VARCHAR(30)   NOT NULL REFERENCES itsm_service (code),
  report_month  VARCHAR(7)    NOT NULL,
  text          VARCHAR(4000) NOT NULL,
  updated_by    VARCHAR(64)   NOT NULL,
  updated_at    TIMESTAMP     NOT NULL,
  CONSTRAINT itsm_service_report_comment_pk PRIMARY KEY (service_code, report_month)
);
