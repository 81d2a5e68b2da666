import { schema, t, type SchemaType } from "@colyseus/schema";

/** Someone connected to a meeting room: present at the table, or waiting at the door. */
export const Participant = schema({
  userId: t.string(),
  name: t.string(),
  colour: t.string(),
  /** guest, resident or manager. */
  role: t.string(),
  /** "expert" or "authority" when certified; empty otherwise. */
  expert: t.string().default(""),
  /** present: inside; knocking: at a private room's door; queued: holding a clinic ticket. */
  status: t.string().default("present"),
  /** Seat at the table (0…capacity-1) while present; -1 while waiting. */
  seat: t.int8().default(-1),
  /** The host stopped this person's chat. */
  muted: t.boolean().default(false),
  /** Clinic ticket number while queued (1, 2, 3… in the order taken); 0 otherwise. */
  ticket: t.uint16().default(0),
}, "Participant");
export type Participant = SchemaType<typeof Participant>;

export const MeetingState = schema({
  roomId: t.string(),
  parkId: t.string(),
  /** The park door that leads here: where leaving puts you back. Empty when it has none. */
  doorId: t.string().default(""),
  name: t.string(),
  kind: t.string(),
  visibility: t.string(),
  capacity: t.uint8(),
  locked: t.boolean().default(false),
  /** The user who hosts now; empty while nobody present may host. */
  hostUserId: t.string().default(""),
  /** The booking running now: its title, and when it ends (ISO); empty when none. */
  bookingTitle: t.string().default(""),
  bookingEndsAt: t.string().default(""),
  /** Clinic hours are on: newcomers take a number. */
  clinicOpen: t.boolean().default(false),
  /** The clinic's pace, for "roughly how long": minutes per visitor, from its past consultations. */
  minutesPerVisit: t.uint16().default(15),
  /** Keyed by session id. */
  people: t.map(Participant),
}, "MeetingState");
export type MeetingState = SchemaType<typeof MeetingState>;
