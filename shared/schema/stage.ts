import { schema, t, type SchemaType } from "@colyseus/schema";

/** Someone at the event: in a seat of the hall, or on the stage. Seen in full only by the people
 * near them, by everyone when on stage, and by moderators when their hand is up. */
export const Attendee = schema({
  userId: t.string(),
  name: t.string(),
  colour: t.string(),
  /** guest, resident or manager. */
  role: t.string(),
  style: t.string().default("classic"),
  /** host, speaker or moderator of the event; empty for the audience. */
  stageRole: t.string().default(""),
  /** Seat index in the hall (shared/rules/hallSeats.ts); -1 while on stage. */
  seat: t.int16().default(-1),
  onStage: t.boolean().default(false),
  hand: t.boolean().default(false),
  muted: t.boolean().default(false),
}, "Attendee");
export type Attendee = SchemaType<typeof Attendee>;

export const StageQuestion = schema({
  id: t.string(),
  name: t.string(),
  text: t.string(),
  /** open or on-screen; answered and dismissed ones leave the queue. */
  status: t.string(),
  votes: t.uint16().default(0),
}, "StageQuestion");
export type StageQuestion = SchemaType<typeof StageQuestion>;

export const StageState = schema({
  eventId: t.string(),
  title: t.string(),
  /** 1 is the main hall; 2, 3… are overflow halls following the same stage. */
  instance: t.uint8().default(1),
  seatCount: t.uint16(),
  /** People in this instance, and in every instance of the event. */
  watching: t.uint16().default(0),
  watchingAll: t.uint16().default(0),
  /** Which seats are taken, 8 to a byte (bit i of byte j is seat 8j+i): the crowd drawn for everyone. */
  seats: t.array("uint8"),
  /** Keyed by session id; each client sees only part of it (a StateView). */
  people: t.map(Attendee).view(),
  /** The open questions (and the one on screen), most votes first, at most 30. */
  questions: t.map(StageQuestion),
}, "StageState");
export type StageState = SchemaType<typeof StageState>;
