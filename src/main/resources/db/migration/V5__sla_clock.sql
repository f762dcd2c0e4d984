-- One row per SLA target of a record (response, resolution): the clock's state. Its deadlines
-- are timer jobs of an sla-clock process instance; the planned times here are for reports.
CREATE TABLE itsm_sla_clock (
  id                  VARCHAR(36) NOT NULL PRIMARY KEY,
  record_ref          VARCHAR(50) NOT NULL,
  target              VARCHAR(20) NOT NULL,
  service_code        VARCHAR(30),
  priority            SMALLINT    NOT NULL,
  calendar_id         VARCHAR(50) NOT NULL REFERENCES itsm_calendar (id),
  target_minutes      INTEGER     NOT NULL,
  warning_percent     SMALLINT    NOT NULL,
  banked_seconds      BIGINT      NOT NULL,
  running_since       TIMESTAMP,
  started_at          TIMESTAMP   NOT NULL,
  warning_at          TIMESTAMP,
  due_at              TIMESTAMP,
  warned_at           TIMESTAMP,
  breached_at         TIMESTAMP,
  stopped_at          TIMESTAMP,
  notify_group        VARCHAR(64) NOT NULL,
  escalation_group    VARCHAR(64) NOT NULL,
  process_instance_id VARCHAR(64),
  CONSTRAINT itsm_sla_clock_target UNIQUE (record_ref, target)
);

-- The SLA report and the benchmark's "open clocks" queries.
CREATE INDEX itsm_sla_clock_open ON itsm_sla_clock (stopped_at, due_at);
