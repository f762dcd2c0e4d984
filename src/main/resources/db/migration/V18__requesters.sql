-- The requester side (issue 19): who may read whose tickets, their satisfaction, mail to a person.

-- A person's place as the requester side needs it, kept by administrators: their organisation (whose
-- tickets they may read when sees_organisation is set) and the manager who approves their orders.
CREATE TABLE itsm_user_profile (
  user_id            VARCHAR(64)   PRIMARY KEY,
  organisation       VARCHAR(100),
  sees_organisation  BOOLEAN       NOT NULL,
  manager_id         VARCHAR(64),
  updated_at         TIMESTAMP     NOT NULL,
  updated_by         VARCHAR(64)   NOT NULL
);

CREATE INDEX itsm_user_profile_organisation ON itsm_user_profile (organisation);

-- The requester's rating of a closed incident or request (ISO 20000 8.3.2), once per record; the
-- service and the group that worked it are kept as they were, for the reports.
CREATE TABLE itsm_satisfaction (
  number            VARCHAR(20)   PRIMARY KEY,
  record_type       VARCHAR(20)   NOT NULL,
  service_code      VARCHAR(30)   NOT NULL,
  working_group     VARCHAR(64),
  rating            INTEGER       NOT NULL,
  comment           VARCHAR(4000),
  rated_by          VARCHAR(64)   NOT NULL,
  rated_at          TIMESTAMP     NOT NULL
);

CREATE INDEX itsm_satisfaction_rated_at ON itsm_satisfaction (rated_at);

-- A notification to one person (the requester of a ticket) instead of a group.
ALTER TABLE itsm_notification ADD COLUMN recipient_user VARCHAR(64);
ALTER TABLE itsm_notification ALTER COLUMN recipient_group DROP NOT NULL;
