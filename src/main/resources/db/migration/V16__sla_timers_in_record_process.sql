-- Where a clock's deadlines wait (issue 17): 'sla-clock', an sla-clock process instance per target
-- (process_instance_id), as every clock before this version; or 'record', timers of the record's own
-- process (process_instance_id is then the record's process instance), moved by the SLA clock.
ALTER TABLE itsm_sla_clock ADD COLUMN timers VARCHAR(20) DEFAULT 'sla-clock' NOT NULL;
