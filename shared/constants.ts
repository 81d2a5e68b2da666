/**
 * Numbers the server and the client must agree on. Each carries its reason: a client that used a
 * different value would draw something the server never does.
 */

/** Server simulation and movement-frame rate. 10 Hz with client interpolation looks smooth for
 * walking people and halves the per-client socket writes of Colyseus's default 20 Hz patches. */
export const PARK_TICK_MS = 100;

/** Walking speed in metres per second: a brisk walk, so a 300 m park is crossed in under two
 * minutes. The server never moves an avatar faster, whatever the client asks for. */
export const WALK_SPEED = 3.5;

/** A client sends at most this many movement intents per second; extra ones are ignored. */
export const MAX_MOVE_INTENTS_PER_SECOND = 10;

/** Side of one interest cell in metres. A client receives its own cell and the eight around it,
 * so it always sees everyone within one cell (16 m, beyond the 15 m of local chat). */
export const INTEREST_CELL_SIZE = 16;

/** Positions travel as unsigned 16-bit centimetres, so a park is at most 655 m on a side. */
export const POSITION_UNITS_PER_METRE = 100;
export const MAX_PARK_SIZE = 640;

/** Avatar radius used for collisions with buildings and the park edge. */
export const AVATAR_RADIUS = 0.4;

/** Seconds an avatar must stay in a booth's area for it to count as a visit: longer than walking
 * straight through the area (8 m across, 2.3 s at WALK_SPEED), so passing by does not count, and
 * short enough that stopping to look at the booth does. */
export const BOOTH_VISIT_SECONDS = 3;

/** How long an avatar waits for its client after an unplanned disconnect. */
export const RECONNECT_GRACE_SECONDS = 30;

/** Limits on what people type. */
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 24;
export const DISPLAY_NAME_MAX = 32;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

/** Session tokens expire after this many seconds (seven days). */
export const TOKEN_TTL_SECONDS = 7 * 24 * 3600;

/** Days a poster has to answer a delivery before it is accepted automatically: a working week and a
 * weekend, so a taker is never left waiting on a silent poster, and a poster away for a few days still
 * gets to look at the work. */
export const TASK_AUTO_ACCEPT_DAYS = 7;

/** Clinic hours and the booking calendar are read in the park's local time. */
export const PARK_TIME_ZONE = "Asia/Shanghai";
/** A clinic with no consultations yet guesses this many minutes per visitor. */
export const CLINIC_DEFAULT_MINUTES = 15;
/** Walking within this many metres of a meeting room's door goes in. */
export const DOOR_ENTER_RADIUS = 1.2;
/** Coming back out, you stand this far in front of the door: outside its enter radius. */
export const DOOR_EXIT_DISTANCE = 2.5;

/** Seats of one launch hall instance; the hall holds 20 rows of 30. A full hall opens another
 * instance of the same event that follows the same stage. */
export const HALL_SEATS = 600;
/** People may come into an event's hall this long before it starts (hosts any time). */
export const EVENT_DOORS_OPEN_MINUTES = 30;
/** RSVPed people are reminded this long before an event starts. */
export const EVENT_REMINDER_MINUTES = 10;

/** Telemetry (issue 8): heatmap cells are this many metres square, from the park's corner. */
export const HEAT_CELL_METRES = 2;
/** Samples fold into buckets of this many minutes (heat cells and occupancy). */
export const TELEMETRY_BUCKET_MINUTES = 5;
/** The park room writes what it folded this often; a crash loses at most this much. */
export const TELEMETRY_FLUSH_MS = 60_000;
/** From this park-local hour to 05:00 counts as a late evening in the yearly report. */
export const LATE_EVENING_HOUR = 21;
/** Dashboard ranges span at most this many days. */
export const DASHBOARD_MAX_DAYS = 400;
