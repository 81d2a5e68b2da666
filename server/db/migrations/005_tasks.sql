-- Experts: a resident certified by a manager in some fields; authorities (大咖) are a level above.
ALTER TABLE users
  ADD COLUMN expert_level  text   NOT NULL DEFAULT 'none' CHECK (expert_level IN ('none', 'expert', 'authority')),
  ADD COLUMN expert_fields text[] NOT NULL DEFAULT '{}';

CREATE TABLE certification_requests (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  fields      text[] NOT NULL,
  statement   text NOT NULL,
  links       text[] NOT NULL DEFAULT '{}',
  status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
  decided_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  reason      text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  decided_at  timestamptz
);
CREATE UNIQUE INDEX certification_requests_open ON certification_requests (user_id) WHERE status = 'pending';

CREATE TABLE tasks (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  poster_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- posted for a company (its members act as the poster's side), or null for a personal need
  company_id         uuid REFERENCES companies (id) ON DELETE CASCADE,
  title              text NOT NULL,
  description        text NOT NULL,
  category           text NOT NULL,
  skills             text[] NOT NULL DEFAULT '{}',
  -- in yuan; null with budget_negotiable
  budget_amount      integer CHECK (budget_amount IS NULL OR budget_amount >= 0),
  budget_negotiable  boolean NOT NULL DEFAULT false,
  deadline           date,
  certified_only     boolean NOT NULL DEFAULT false,
  max_applications   integer NOT NULL DEFAULT 20 CHECK (max_applications BETWEEN 1 AND 20),
  max_change_rounds  integer NOT NULL DEFAULT 2 CHECK (max_change_rounds BETWEEN 0 AND 5),
  status             text NOT NULL CHECK (status IN ('draft', 'open', 'assigned', 'delivered', 'accepted', 'cancelled', 'disputed')),
  taker_id           uuid REFERENCES users (id) ON DELETE SET NULL,
  agreed_fee         integer CHECK (agreed_fee IS NULL OR agreed_fee >= 0),
  change_rounds      integer NOT NULL DEFAULT 0,
  -- a cancellation the poster's side proposed after assignment, waiting for the taker's answer
  cancel_proposed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  delivered_at       timestamptz,
  -- an unanswered delivery is accepted automatically at this time
  auto_accept_at     timestamptz,
  demo               boolean NOT NULL DEFAULT false,
  -- bumped on every change: optimistic checks and live refreshes
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  published_at       timestamptz,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tasks_status_published ON tasks (status, published_at DESC);
CREATE INDEX tasks_company ON tasks (company_id);
CREATE INDEX tasks_poster ON tasks (poster_id);
CREATE INDEX tasks_taker ON tasks (taker_id);
CREATE INDEX tasks_auto_accept ON tasks (auto_accept_at) WHERE status = 'delivered';

CREATE TABLE task_applications (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id       uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  note          text NOT NULL,
  proposed_fee  integer CHECK (proposed_fee IS NULL OR proposed_fee >= 0),
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'picked', 'declined', 'withdrawn')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (task_id, user_id)
);

-- The poster's side invites an expert directly: the expert may apply even when the task is full.
CREATE TABLE task_invitations (
  task_id     uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  invited_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (task_id, user_id)
);

CREATE TABLE task_deliveries (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id     uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  round       integer NOT NULL,
  message     text NOT NULL,
  links       text[] NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (task_id, round)
);

-- Every transition: who (null: the system), when, from which state to which, and why.
CREATE TABLE task_events (
  id          bigserial PRIMARY KEY,
  task_id     uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  actor_id    uuid REFERENCES users (id) ON DELETE SET NULL,
  action      text NOT NULL,
  from_status text,
  to_status   text NOT NULL,
  reason      text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_events_task ON task_events (task_id, id);
CREATE INDEX task_events_actor_action ON task_events (actor_id, action);

CREATE TABLE task_ratings (
  task_id     uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  from_user   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  to_user     uuid REFERENCES users (id) ON DELETE CASCADE,
  -- a taker rating a company's task rates the company too
  to_company  uuid REFERENCES companies (id) ON DELETE CASCADE,
  stars       integer NOT NULL CHECK (stars BETWEEN 1 AND 5),
  comment     text NOT NULL DEFAULT '',
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (task_id, from_user)
);
CREATE INDEX task_ratings_to_user ON task_ratings (to_user);
CREATE INDEX task_ratings_to_company ON task_ratings (to_company);

CREATE TABLE task_disputes (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id       uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  opened_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  -- the state the task was in when the dispute was opened
  from_status   text NOT NULL,
  reason        text NOT NULL,
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided')),
  -- accepted (the work stands), cancelled, or assigned (work goes on)
  decision      text CHECK (decision IN ('accepted', 'cancelled', 'assigned')),
  decision_note text,
  decided_by    uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  decided_at    timestamptz
);
CREATE UNIQUE INDEX task_disputes_open ON task_disputes (task_id) WHERE status = 'open';

-- What a person is told about (their application picked, a delivery to review…), kept until read.
CREATE TABLE notifications (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind        text NOT NULL,
  -- {"taskId", "taskTitle", ...}: what the client needs to word and link it
  payload     jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz
);
CREATE INDEX notifications_user_time ON notifications (user_id, created_at DESC);
