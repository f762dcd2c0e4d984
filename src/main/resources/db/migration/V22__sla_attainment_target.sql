-- The share of an SLA's targets that is to be met (issue 20, ISO 20000 8.3.3, 9.4): the reports show
-- each service's attainment against it. 95 % where nobody agreed another.
ALTER TABLE itsm_sla ADD COLUMN attainment_percent SMALLINT DEFAULT 95 NOT NULL;
