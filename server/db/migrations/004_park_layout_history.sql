-- Every layout a manager saved (or a park was created with), by version, and who saved it: a
-- record of how the park changed, and what to go back to when a save was a mistake.
CREATE TABLE park_layout_history (
  park_id   text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
  version   integer NOT NULL,
  layout    jsonb NOT NULL,
  saved_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  saved_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (park_id, version)
);
