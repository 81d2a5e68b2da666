CREATE TABLE chat_messages (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  park_id     text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
  channel     text NOT NULL CHECK (channel IN ('local', 'park')),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- as shown when said, so history reads the same after a rename
  name        text NOT NULL,
  role        text NOT NULL,
  text        text NOT NULL,
  -- where a local message was said, for moderation
  x           real,
  z           real,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_messages_park_channel_time ON chat_messages (park_id, channel, created_at DESC);
