-- Issue 22: a record number taken by a creation that failed (its transaction rolled back) is given
-- back here and handed to the next record of its kind, so that failed starts leave no gaps.
CREATE TABLE itsm_returned_number (
  prefix   VARCHAR(10)  NOT NULL,
  number   BIGINT       NOT NULL,
  returned_at TIMESTAMP    NOT NULL,
  PRIMARY KEY (prefix, number)
);
