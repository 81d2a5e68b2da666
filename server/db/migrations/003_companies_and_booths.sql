-- Profiles: what a person shows others about themselves.
ALTER TABLE users
  ADD COLUMN bio          text   NOT NULL DEFAULT '',
  ADD COLUMN skills       text[] NOT NULL DEFAULT '{}',
  ADD COLUMN avatar_style text   NOT NULL DEFAULT 'classic',
  -- demo residents and companies are marked so that turning demo data off can leave them out
  ADD COLUMN demo         boolean NOT NULL DEFAULT false;

-- Uploaded pictures, stored as received after their type was checked from their first bytes.
CREATE TABLE images (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  uploaded_by   uuid REFERENCES users (id) ON DELETE SET NULL,
  content_type  text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
  width         integer NOT NULL CHECK (width > 0),
  height        integer NOT NULL CHECK (height > 0),
  bytes         bytea NOT NULL,
  sha256        text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE companies (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          text NOT NULL,
  industry      text NOT NULL,
  -- {"zh-CN": "...", "en": "..."}, either may be missing
  description   jsonb NOT NULL,
  colour        text NOT NULL,
  logo_image_id uuid REFERENCES images (id) ON DELETE SET NULL,
  website       text,
  video_url     text,
  -- {"email"?, "phone"?, "wechat"?, "address"?}
  contact       jsonb NOT NULL DEFAULT '{}',
  -- [{"name", "text", "imageId"}]
  products      jsonb NOT NULL DEFAULT '[]',
  -- image ids, in order
  gallery       uuid[] NOT NULL DEFAULT '{}',
  verified      boolean NOT NULL DEFAULT false,
  suspended     boolean NOT NULL DEFAULT false,
  suspended_reason text,
  demo          boolean NOT NULL DEFAULT false,
  -- bumped on every change, so the park can tell clients to refresh a booth panel
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX companies_name_unique ON companies (lower(name));

CREATE TABLE company_members (
  company_id  uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role        text NOT NULL CHECK (role IN ('owner', 'member')),
  joined_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, user_id)
);
CREATE INDEX company_members_user_idx ON company_members (user_id);

CREATE TABLE company_invitations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id  uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  invited_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz
);
-- one open invitation per person and company
CREATE UNIQUE INDEX company_invitations_open ON company_invitations (company_id, user_id) WHERE status = 'pending';

-- A company on a booth slot of a park's layout. The slot lives in the layout (parks.layout); a
-- booth whose slot the editor removed stays here, unshown, until a manager frees it.
CREATE TABLE booths (
  park_id     text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
  slot_id     text NOT NULL,
  company_id  uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  assigned_by uuid REFERENCES users (id) ON DELETE SET NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (park_id, slot_id)
);
CREATE INDEX booths_company_idx ON booths (company_id);

CREATE TABLE booth_applications (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id  uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  park_id     text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
  slot_id     text NOT NULL,
  note        text NOT NULL DEFAULT '',
  applied_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
  decided_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  reason      text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  decided_at  timestamptz
);
CREATE UNIQUE INDEX booth_applications_open ON booth_applications (company_id, park_id, slot_id) WHERE status = 'pending';

-- "Leave my card": a visitor's profile as it was when they left it, and their note.
CREATE TABLE business_cards (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id  uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  from_user   uuid REFERENCES users (id) ON DELETE SET NULL,
  -- {"displayName", "bio", "skills", "companies": [names]}
  profile     jsonb NOT NULL,
  note        text NOT NULL,
  park_id     text,
  slot_id     text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz
);
CREATE INDEX business_cards_company_time ON business_cards (company_id, created_at DESC);

-- One row per visit (entering a booth's area and staying a few seconds), counted per day by query.
CREATE TABLE booth_visits (
  id          bigserial PRIMARY KEY,
  park_id     text NOT NULL,
  slot_id     text NOT NULL,
  company_id  uuid REFERENCES companies (id) ON DELETE CASCADE,
  user_id     uuid REFERENCES users (id) ON DELETE SET NULL,
  visited_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX booth_visits_company_time ON booth_visits (company_id, visited_at);
CREATE INDEX booth_visits_park_time ON booth_visits (park_id, visited_at);
