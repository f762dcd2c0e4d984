-- Child incidents caused by a major (parent) incident: resolving the parent resolves them.
ALTER TABLE itsm_incident ADD COLUMN parent_number VARCHAR(20) REFERENCES itsm_incident (number);

CREATE INDEX itsm_incident_parent ON itsm_incident (parent_number, status);
