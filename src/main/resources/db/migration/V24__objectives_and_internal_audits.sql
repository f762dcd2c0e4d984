-- Issue 21: service management objectives (ISO 20000 6.2) and internal audits (9.2).

-- An objective: a reporting measure's value for one group (a service, a priority, ...) over the
-- last months, against its target; its actual value is computed when read, never stored.
CREATE SEQUENCE itsm_seq_obj START WITH 1;
CREATE TABLE itsm_objective (
  id             VARCHAR(20)    NOT NULL PRIMARY KEY,
  title          VARCHAR(200)   NOT NULL,
  measure        VARCHAR(60)    NOT NULL,
  value_name     VARCHAR(60)    NOT NULL,
  group_by       VARCHAR(30)    NOT NULL,
  group_key      VARCHAR(100)   NOT NULL,
  comparison     VARCHAR(10)    NOT NULL,
  target         DECIMAL(14, 2) NOT NULL,
  period_months  INT            NOT NULL,
  owner          VARCHAR(64)    NOT NULL,
  review_on      DATE           NOT NULL,
  active         BOOLEAN        NOT NULL,
  created_by     VARCHAR(64)    NOT NULL,
  created_at     TIMESTAMP      NOT NULL,
  updated_by     VARCHAR(64),
  updated_at     TIMESTAMP
);

-- The audit programme: which processes are audited against which clauses, and how important
-- each is (the interval between its audits follows from it and from the last audit's result).
CREATE TABLE itsm_audit_programme (
  process_key    VARCHAR(60)    NOT NULL PRIMARY KEY,
  clauses        VARCHAR(200)   NOT NULL,
  importance     VARCHAR(10)    NOT NULL,
  updated_by     VARCHAR(64)    NOT NULL,
  updated_at     TIMESTAMP      NOT NULL
);

-- One audit, from the day it is planned to its close; process internal-audit, business key = id.
CREATE SEQUENCE itsm_seq_ia START WITH 1;
CREATE TABLE itsm_internal_audit (
  id             VARCHAR(20)    NOT NULL PRIMARY KEY,
  process_key    VARCHAR(60)    NOT NULL,
  clauses        VARCHAR(200)   NOT NULL,
  due_on         DATE           NOT NULL,
  status         VARCHAR(12)    NOT NULL,
  auditor        VARCHAR(64),
  audit_on       DATE,
  scope          VARCHAR(2000),
  criteria       VARCHAR(2000),
  planned_by     VARCHAR(64),
  planned_at     TIMESTAMP,
  summary        VARCHAR(4000),
  performed_at   TIMESTAMP,
  reported_at    TIMESTAMP,
  closed_at      TIMESTAMP,
  cancelled_at   TIMESTAMP,
  created_at     TIMESTAMP      NOT NULL
);
CREATE INDEX itsm_internal_audit_process ON itsm_internal_audit (process_key, status);

CREATE TABLE itsm_audit_finding (
  audit_id       VARCHAR(20)    NOT NULL,
  position       INT            NOT NULL,
  clause         VARCHAR(30)    NOT NULL,
  kind           VARCHAR(20)    NOT NULL,
  text           VARCHAR(1000)  NOT NULL,
  evidence       VARCHAR(500),
  nonconformity  VARCHAR(20),
  PRIMARY KEY (audit_id, position)
);
CREATE INDEX itsm_audit_finding_nc ON itsm_audit_finding (nonconformity);
