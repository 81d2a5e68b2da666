-- Events in the launch hall (or a meeting room): launches, roadshows, salons, sharing sessions and
-- competitions. The live stage is a room (ROOM_STAGE); what it shows and who attended live here.
CREATE TABLE events (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  park_id          text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
  -- a company's event (its members host it), or the park's own (managers)
  company_id       uuid REFERENCES companies (id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('launch', 'roadshow', 'salon', 'sharing', 'competition')),
  title            text NOT NULL,
  description      text NOT NULL DEFAULT '',
  cover_image_id   uuid REFERENCES images (id) ON DELETE SET NULL,
  starts_at        timestamptz NOT NULL,
  ends_at          timestamptz NOT NULL,
  -- the launch hall of the park, or one of its meeting rooms
  venue            text NOT NULL CHECK (venue IN ('launch-hall', 'meeting-room')),
  venue_room_id    uuid REFERENCES meeting_rooms (id),
  -- company events wait for a manager; the park's own are approved at once
  status           text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
  decided_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  decision_reason  text,
  created_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  reminded_at      timestamptz,
  -- the stage as the presenter left it: slides, page, spotlight (kept so the event page keeps them)
  stage            jsonb NOT NULL DEFAULT '{}',
  demo             boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (starts_at < ends_at),
  CHECK ((venue = 'meeting-room') = (venue_room_id IS NOT NULL))
);
CREATE INDEX events_park_time ON events (park_id, starts_at);
CREATE INDEX events_company ON events (company_id);
CREATE INDEX events_reminder ON events (starts_at) WHERE status = 'approved' AND reminded_at IS NULL;

-- Hosts run the event (stage controls and moderation), speakers present, moderators keep order.
CREATE TABLE event_people (
  event_id  uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role      text NOT NULL CHECK (role IN ('host', 'speaker', 'moderator')),
  PRIMARY KEY (event_id, user_id)
);

CREATE TABLE event_rsvps (
  event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, user_id)
);
CREATE INDEX event_rsvps_user ON event_rsvps (user_id);

-- Slides for the stage: pages are uploaded images, as in meeting rooms.
CREATE TABLE event_decks (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  title       text NOT NULL,
  page_ids    uuid[] NOT NULL CHECK (cardinality(page_ids) BETWEEN 1 AND 200),
  created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_decks_event ON event_decks (event_id, created_at DESC);

CREATE TABLE event_questions (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id     uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id      uuid REFERENCES users (id) ON DELETE SET NULL,
  -- as shown when asked
  name         text NOT NULL,
  text         text NOT NULL,
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'on-screen', 'answered', 'dismissed')),
  votes        integer NOT NULL DEFAULT 0,
  created_at   timestamptz NOT NULL DEFAULT now(),
  answered_at  timestamptz
);
CREATE INDEX event_questions_event ON event_questions (event_id, status, votes DESC);

CREATE TABLE event_question_votes (
  question_id  uuid NOT NULL REFERENCES event_questions (id) ON DELETE CASCADE,
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (question_id, user_id)
);

-- Who watched, from when to when, in which instance of the hall (1 is the main hall).
CREATE TABLE event_attendance (
  id         bigserial PRIMARY KEY,
  event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id    uuid REFERENCES users (id) ON DELETE SET NULL,
  instance   integer NOT NULL DEFAULT 1,
  joined_at  timestamptz NOT NULL,
  left_at    timestamptz
);
CREATE INDEX event_attendance_event ON event_attendance (event_id, joined_at);
CREATE INDEX event_attendance_user ON event_attendance (user_id);
