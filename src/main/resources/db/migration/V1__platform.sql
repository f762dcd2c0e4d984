-- Rows locked with SELECT ... FOR UPDATE so that the nodes of a cluster do one-time work
-- (model deployment, identity and filter set-up) one after another, never twice.
CREATE TABLE itsm_lock (
  name VARCHAR(100) NOT NULL PRIMARY KEY
);

INSERT INTO itsm_lock (name) VALUES ('startup');
INSERT INTO itsm_lock (name) VALUES ('model-deployment');
