-- Management reviews (issue 21, ISO 20000 9.3), held by process management-review: the inputs
-- gathered for the period (JSON), who held the review and when, its decisions and actions, and the
-- improvements it raised in the register.
CREATE TABLE itsm_management_review (
  id                  VARCHAR(20)   NOT NULL PRIMARY KEY,
  period_from         VARCHAR(10)   NOT NULL,
  period_to           VARCHAR(10)   NOT NULL,
  status              VARCHAR(10)   NOT NULL,
  inputs              BYTEA         NOT NULL,
  prepared_at         TIMESTAMP     NOT NULL,
  held_by             VARCHAR(64),
  held_at             TIMESTAMP,
  decisions           VARCHAR(4000),
  actions             VARCHAR(4000),
  improvement_titles  VARCHAR(4000),
  improvements        VARCHAR(1000)
);
