-- Telemetry: what the manager's dashboard and the yearly reports read. The park room samples
-- every avatar once a second and folds the samples in memory; these tables hold only the folded
-- figures and the stays (entries and exits) of zones and booths. Raw positions are never stored.
-- Days and hours are the park's (Asia/Shanghai); buckets and hours are stored as timestamptz.

-- Dwell per cell of the floor plan (HEAT_CELL_METRES square; cx, cz from the park's corner) and
-- five-minute bucket: avatar-seconds sampled there and the distinct people seen there.
CREATE TABLE heat_cells (
  park_id   text NOT NULL,
  bucket    timestamptz NOT NULL,
  cx        smallint NOT NULL,
  cz        smallint NOT NULL,
  dwell_s   integer NOT NULL,
  visitors  integer NOT NULL,
  PRIMARY KEY (park_id, bucket, cx, cz)
);

-- The same cells by hour, written alongside: range queries (30 days and more) read these, a
-- twelfth of the rows. `visitors` is distinct within the hour.
CREATE TABLE heat_cells_hourly (
  park_id   text NOT NULL,
  hour      timestamptz NOT NULL,
  cx        smallint NOT NULL,
  cz        smallint NOT NULL,
  dwell_s   integer NOT NULL,
  visitors  integer NOT NULL,
  PRIMARY KEY (park_id, hour, cx, cz)
);

-- People present per five-minute bucket, for the whole park (zone_id '') and per zone:
-- average = people_sum / samples (one sample a second), peak = the most at one sample.
CREATE TABLE park_occupancy (
  park_id     text NOT NULL,
  zone_id     text NOT NULL,
  bucket      timestamptz NOT NULL,
  samples     integer NOT NULL,
  people_sum  integer NOT NULL,
  peak        integer NOT NULL,
  PRIMARY KEY (park_id, zone_id, bucket)
);

-- Each stay in a zone or at a booth, recorded when it ends: the entry and the exit as one event.
-- from_place_id: the zone a person came from (null: they arrived in the park there; always null for booths).
-- company_id: the company on the booth's slot at the time (booths only).
CREATE TABLE place_stays (
  id             bigserial PRIMARY KEY,
  park_id        text NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('zone', 'booth')),
  place_id       text NOT NULL,
  company_id     uuid REFERENCES companies (id) ON DELETE SET NULL,
  user_id        uuid REFERENCES users (id) ON DELETE SET NULL,
  from_place_id  text,
  entered_at     timestamptz NOT NULL,
  left_at        timestamptz NOT NULL,
  dwell_s        integer NOT NULL
);
CREATE INDEX place_stays_time ON place_stays (left_at);
CREATE INDEX place_stays_user ON place_stays (user_id, left_at);

-- Per park-local day, place and person: what rankings (visits, distinct visitors, dwell), a
-- company's booth figures and a person's favourite places read, without scanning the stays.
CREATE TABLE place_visitors_daily (
  park_id     text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('zone', 'booth')),
  place_id    text NOT NULL,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  day         date NOT NULL,
  company_id  uuid REFERENCES companies (id) ON DELETE SET NULL,
  visits      integer NOT NULL,
  dwell_s     integer NOT NULL,
  PRIMARY KEY (park_id, kind, place_id, user_id, day)
);
CREATE INDEX place_visitors_daily_day ON place_visitors_daily (park_id, kind, day);
CREATE INDEX place_visitors_daily_user ON place_visitors_daily (user_id, day);
CREATE INDEX place_visitors_daily_company ON place_visitors_daily (company_id, day) WHERE company_id IS NOT NULL;

-- Moves from one zone straight into another, per park-local day: where people go next.
CREATE TABLE zone_flows_daily (
  park_id       text NOT NULL,
  day           date NOT NULL,
  from_zone_id  text NOT NULL,
  to_zone_id    text NOT NULL,
  moves         integer NOT NULL,
  PRIMARY KEY (park_id, day, from_zone_id, to_zone_id)
);

-- Seconds each person spent in a park per park-local day, and how many of them in the late
-- evening (LATE_EVENING_HOUR to midnight, and until 05:00): daily and weekly active people, time in
-- the park and late evenings in the yearly report.
CREATE TABLE park_people_daily (
  park_id       text NOT NULL,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  day           date NOT NULL,
  seconds       integer NOT NULL,
  late_seconds  integer NOT NULL,
  PRIMARY KEY (park_id, day, user_id)
);
CREATE INDEX park_people_daily_user ON park_people_daily (user_id, day);

-- Who was inside a meeting room, from when to when: "meetings held" in the reports.
CREATE TABLE meeting_attendance (
  id          bigserial PRIMARY KEY,
  room_id     uuid NOT NULL REFERENCES meeting_rooms (id) ON DELETE CASCADE,
  user_id     uuid REFERENCES users (id) ON DELETE SET NULL,
  joined_at   timestamptz NOT NULL,
  left_at     timestamptz NOT NULL
);
CREATE INDEX meeting_attendance_user ON meeting_attendance (user_id, joined_at);
CREATE INDEX meeting_attendance_room ON meeting_attendance (room_id, joined_at);
