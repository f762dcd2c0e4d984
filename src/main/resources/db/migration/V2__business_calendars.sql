-- Business calendars for SLA targets (ISO 20000 8.3.3): when the service desk works.
CREATE TABLE itsm_calendar (
  id        VARCHAR(50)  NOT NULL PRIMARY KEY,
  name      VARCHAR(200) NOT NULL,
  time_zone VARCHAR(60)  NOT NULL
);

-- Working intervals in the calendar's local time; day_of_week 1 = Monday ... 7 = Sunday;
-- end_time '24:00' is midnight at the end of the day.
CREATE TABLE itsm_calendar_hours (
  calendar_id VARCHAR(50) NOT NULL REFERENCES itsm_calendar (id) ON DELETE CASCADE,
  day_of_week SMALLINT    NOT NULL,
  start_time  VARCHAR(5)  NOT NULL,
  end_time    VARCHAR(5)  NOT NULL,
  PRIMARY KEY (calendar_id, day_of_week, start_time)
);

-- A yearly holiday recurs on the same month and day every year.
CREATE TABLE itsm_calendar_holiday (
  calendar_id  VARCHAR(50)  NOT NULL REFERENCES itsm_calendar (id) ON DELETE CASCADE,
  holiday_date DATE         NOT NULL,
  yearly       BOOLEAN      NOT NULL,
  name         VARCHAR(200),
  PRIMARY KEY (calendar_id, holiday_date)
);

-- The calendar every SLA falls back on: round the clock, no holidays.
INSERT INTO itsm_calendar (id, name, time_zone) VALUES ('24x7', 'Round the clock', 'UTC');
INSERT INTO itsm_calendar_hours (calendar_id, day_of_week, start_time, end_time) VALUES ('24x7', 1, '00:00', '24:00');
INSERT INTO itsm_calendar_hours (calendar_id, day_of_week, start_time, end_time) VALUES ('24x7', 2, '00:00', '24:00');
INSERT INTO itsm_calendar_hours (calendar_id, day_of_week, start_time, end_time) VALUES ('24x7', 3, '00:00', '24:00');
INSERT INTO itsm_calendar_hours (calendar_id, day_of_week, start_time, end_time) VALUES ('24x7', 4, '00:00', '24:00');
INSERT INTO itsm_calendar_hours (calendar_id, day_of_week, start_time, end_time) VALUES ('24x7', 5, '00:00', '24:00');
INSERT INTO itsm_calendar_hours (calendar_id, day_of_week, start_time, end_time) VALUES ('24x7', 6, '00:00', '24:00');
INSERT INTO itsm_calendar_hours (calendar_id, day_of_week, start_time, end_time) VALUES ('24x7', 7, '00:00', '24:00');
