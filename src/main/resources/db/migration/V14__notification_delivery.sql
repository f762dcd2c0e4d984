-- Delivery of notifications by their channels (e-mail): when it succeeded, how often it was tried and
-- why it last failed. A failed delivery is tried again by process notification-delivery (BPMN timer).
ALTER TABLE itsm_notification ADD COLUMN delivered_at TIMESTAMP;
ALTER TABLE itsm_notification ADD COLUMN delivery_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE itsm_notification ADD COLUMN delivery_error VARCHAR(500);

-- Notifications from before were delivered once, or not at all, and are not tried again.
UPDATE itsm_notification SET delivered_at = created_at;

CREATE INDEX itsm_notification_undelivered ON itsm_notification (delivered_at, delivery_attempts);
