-- Meeting rooms: a door in a park's meeting wing that leads into a room of its own. The door is
-- the layout's (parkLayout Door.meetingRoomId); the room, its calendar and its content live here.
CREATE TABLE meeting_rooms (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  park_id          text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
  name             text NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('meeting', 'clinic', 'brainstorm', 'salon')),
  capacity         integer NOT NULL CHECK (capacity BETWEEN 2 AND 50),
  visibility       text NOT NULL CHECK (visibility IN ('public', 'private', 'invite-only')),
  -- who the room belongs to: the park (its managers), a company (its members) or an expert
  owner_kind       text NOT NULL CHECK (owner_kind IN ('park', 'company', 'expert')),
  owner_company_id uuid REFERENCES companies (id) ON DELETE CASCADE,
  owner_user_id    uuid REFERENCES users (id) ON DELETE CASCADE,
  description      text NOT NULL DEFAULT '',
  -- what the big screen shows when people come in: kept so an empty room (or a restart) keeps it
  screen_mode      text NOT NULL DEFAULT 'none' CHECK (screen_mode IN ('none', 'slides', 'whiteboard')),
  screen_deck_id   uuid,
  screen_page      integer NOT NULL DEFAULT 0 CHECK (screen_page >= 0),
  demo             boolean NOT NULL DEFAULT false,
  archived_at      timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((owner_kind = 'park' AND owner_company_id IS NULL AND owner_user_id IS NULL)
      OR (owner_kind = 'company' AND owner_company_id IS NOT NULL AND owner_user_id IS NULL)
      OR (owner_kind = 'expert' AND owner_user_id IS NOT NULL AND owner_company_id IS NULL))
);
CREATE INDEX meeting_rooms_park ON meeting_rooms (park_id) WHERE archived_at IS NULL;
CREATE INDEX meeting_rooms_company ON meeting_rooms (owner_company_id);
CREATE INDEX meeting_rooms_expert ON meeting_rooms (owner_user_id);

-- Recurring clinic hours, weekly, in the park's time zone (constants PARK_TIME_ZONE).
CREATE TABLE meeting_room_hours (
  room_id       uuid NOT NULL REFERENCES meeting_rooms (id) ON DELETE CASCADE,
  -- ISO weekday: 1 Monday … 7 Sunday
  weekday       integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minute  integer NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
  end_minute    integer NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
  CHECK (start_minute < end_minute),
  PRIMARY KEY (room_id, weekday, start_minute)
);

CREATE TABLE meeting_bookings (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  room_id       uuid NOT NULL REFERENCES meeting_rooms (id) ON DELETE CASCADE,
  title         text NOT NULL,
  starts_at     timestamptz NOT NULL,
  ends_at       timestamptz NOT NULL,
  booker_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- a meeting about a task of the demand hall, booked from the task's page
  task_id       uuid REFERENCES tasks (id) ON DELETE SET NULL,
  demo          boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  cancelled_at  timestamptz,
  CHECK (starts_at < ends_at)
);
-- Overlaps are refused by the service under a lock on the room's row (portable to any
-- PostgreSQL 15+, no btree_gist needed); this index makes the overlap check a range scan.
CREATE INDEX meeting_bookings_room_time ON meeting_bookings (room_id, starts_at) WHERE cancelled_at IS NULL;
CREATE INDEX meeting_bookings_booker ON meeting_bookings (booker_id, starts_at);
CREATE INDEX meeting_bookings_task ON meeting_bookings (task_id);

CREATE TABLE meeting_booking_invitees (
  booking_id  uuid NOT NULL REFERENCES meeting_bookings (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (booking_id, user_id)
);
CREATE INDEX meeting_booking_invitees_user ON meeting_booking_invitees (user_id);

-- Slides: pages are uploaded images (a PDF is rendered to page images in the browser).
CREATE TABLE meeting_decks (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  room_id     uuid NOT NULL REFERENCES meeting_rooms (id) ON DELETE CASCADE,
  title       text NOT NULL,
  page_ids    uuid[] NOT NULL CHECK (cardinality(page_ids) BETWEEN 1 AND 200),
  created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_decks_room ON meeting_decks (room_id, created_at DESC);
ALTER TABLE meeting_rooms
  ADD CONSTRAINT meeting_rooms_screen_deck FOREIGN KEY (screen_deck_id) REFERENCES meeting_decks (id) ON DELETE SET NULL;

-- The whiteboard: every stroke, in order. Clearing the board deletes them.
CREATE TABLE meeting_strokes (
  id          bigserial PRIMARY KEY,
  room_id     uuid NOT NULL REFERENCES meeting_rooms (id) ON DELETE CASCADE,
  user_id     uuid REFERENCES users (id) ON DELETE SET NULL,
  colour      text NOT NULL,
  width       real NOT NULL,
  -- x0, y0, x1, y1, … on the board, each 0..10000 (the board's width and height)
  points      integer[] NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_strokes_room ON meeting_strokes (room_id, id);

CREATE TABLE meeting_messages (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  room_id     uuid NOT NULL REFERENCES meeting_rooms (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- as shown when said, so history reads the same after a rename
  name        text NOT NULL,
  role        text NOT NULL,
  text        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_messages_room_time ON meeting_messages (room_id, created_at DESC);

-- Clinic consultations, so the queue can say roughly how long a wait is (the room's own pace).
CREATE TABLE meeting_consultations (
  id          bigserial PRIMARY KEY,
  room_id     uuid NOT NULL REFERENCES meeting_rooms (id) ON DELETE CASCADE,
  visitor_id  uuid REFERENCES users (id) ON DELETE SET NULL,
  started_at  timestamptz NOT NULL,
  ended_at    timestamptz NOT NULL
);
CREATE INDEX meeting_consultations_room ON meeting_consultations (room_id, ended_at DESC);
