import { z } from "zod";
import { Uuid } from "./companies.ts";

/**
 * The HTTP contract of meeting rooms, clinics and bookings. What happens inside a room (who is
 * there, the screen, the whiteboard, chat, host controls) is meetingMessages.ts and
 * schema/meeting.ts.
 */

const cleanText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} has at most ${max} characters`)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), `${what} cannot contain control characters`);
const required = (max: number, what: string) => cleanText(max, what).pipe(z.string().min(1, `${what} cannot be empty`));
const ParkId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "not a park id");

export const MEETING_KINDS = ["meeting", "clinic", "brainstorm", "salon"] as const;
export const MeetingKind = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKind>;

/** public: walk in; private: knock and the host lets you in; invite-only: the invited only. */
export const MEETING_VISIBILITIES = ["public", "private", "invite-only"] as const;
export const MeetingVisibility = z.enum(MEETING_VISIBILITIES);
export type MeetingVisibility = z.infer<typeof MeetingVisibility>;

export const MEETING_CAPACITY_MIN = 2;
export const MEETING_CAPACITY_MAX = 50;
export const MEETING_NAME_MAX = 40;
export const MEETING_DESCRIPTION_MAX = 500;

/** Who a room belongs to: its owner's side hosts it when no booking says otherwise. */
export const MeetingOwner = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("park") }).strict(),
  z.object({ kind: z.literal("company"), companyId: Uuid }).strict(),
  z.object({ kind: z.literal("expert"), userId: Uuid }).strict(),
]);
export type MeetingOwner = z.infer<typeof MeetingOwner>;

const RoomFields = {
  name: required(MEETING_NAME_MAX, "a room name"),
  kind: MeetingKind,
  capacity: z.number().int("a capacity is a whole number")
    .min(MEETING_CAPACITY_MIN, `a room holds at least ${MEETING_CAPACITY_MIN} people`)
    .max(MEETING_CAPACITY_MAX, `a room holds at most ${MEETING_CAPACITY_MAX} people`),
  visibility: MeetingVisibility,
  description: cleanText(MEETING_DESCRIPTION_MAX, "a description"),
};

/** A manager creates a room in a park; its door is placed with the park editor. */
export const CreateMeetingRoomBody = z.object({
  ...RoomFields, description: RoomFields.description.default(""), owner: MeetingOwner.default({ kind: "park" }),
}).strict();
export type CreateMeetingRoomBody = z.infer<typeof CreateMeetingRoomBody>;
/** Owners change name, description, visibility and capacity; only managers change the owner or kind.
 * No defaults here: a field left out stays as it is (a default would overwrite it). */
export const UpdateMeetingRoomBody = z.object({ ...RoomFields, owner: MeetingOwner }).partial().strict()
  .refine((b) => Object.keys(b).length > 0, "change at least one field");
export type UpdateMeetingRoomBody = z.infer<typeof UpdateMeetingRoomBody>;

/** One span of weekly clinic hours in the park's time zone; minutes from midnight. */
export const ClinicHours = z.object({
  weekday: z.number().int().min(1).max(7),
  startMinute: z.number().int().min(0).max(1439),
  endMinute: z.number().int().min(1).max(1440),
}).strict().refine((h) => h.startMinute < h.endMinute, "clinic hours end after they start");
export type ClinicHours = z.infer<typeof ClinicHours>;
export const ClinicHoursBody = z.object({ hours: z.array(ClinicHours).max(28, "at most 28 spans of clinic hours") }).strict();
export type ClinicHoursBody = z.infer<typeof ClinicHoursBody>;

export const PersonRef = z.object({ id: Uuid, displayName: z.string(), colour: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

export const MeetingOwnerView = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("park") }),
  z.object({ kind: z.literal("company"), companyId: Uuid, name: z.string() }),
  z.object({ kind: z.literal("expert"), userId: Uuid, displayName: z.string(), level: z.enum(["none", "expert", "authority"]) }),
]);
export type MeetingOwnerView = z.infer<typeof MeetingOwnerView>;

export const MeetingRoomSummary = z.object({
  id: Uuid,
  parkId: z.string(),
  name: z.string(),
  kind: MeetingKind,
  capacity: z.number().int(),
  visibility: MeetingVisibility,
  description: z.string(),
  owner: MeetingOwnerView,
  /** The layout door that leads in; null until a manager places one. */
  doorId: z.string().nullable(),
  /** People inside now (admitted, not waiting). */
  present: z.number().int().nonnegative(),
  /** Clinic rooms: whether clinic hours are on now. */
  clinicOpen: z.boolean(),
});
export type MeetingRoomSummary = z.infer<typeof MeetingRoomSummary>;
export const MeetingRoomList = z.object({ rooms: z.array(MeetingRoomSummary) });
export type MeetingRoomList = z.infer<typeof MeetingRoomList>;

export const MeetingBooking = z.object({
  id: Uuid,
  roomId: Uuid,
  roomName: z.string(),
  parkId: z.string(),
  title: z.string(),
  /** ISO times. */
  startsAt: z.string(),
  endsAt: z.string(),
  booker: PersonRef,
  invitees: z.array(PersonRef),
  /** The task this meeting is about, when booked from the demand hall. */
  task: z.object({ id: Uuid, title: z.string() }).nullable(),
  cancelled: z.boolean(),
});
export type MeetingBooking = z.infer<typeof MeetingBooking>;
export const MeetingBookingList = z.object({ bookings: z.array(MeetingBooking) });
export type MeetingBookingList = z.infer<typeof MeetingBookingList>;

/** What the asking person may do with this room, decided on the server. */
export const MeetingRoomAbilities = z.object({
  /** Change name, description, visibility, capacity, clinic hours. */
  edit: z.boolean(),
  book: z.boolean(),
  /** Would entering now let them in, make them knock, queue them, or be refused (and why)? */
  enter: z.enum(["enter", "knock", "queue", "full", "invite-only", "locked", "sign-in"]),
});
export type MeetingRoomAbilities = z.infer<typeof MeetingRoomAbilities>;

export const MeetingRoomDetail = MeetingRoomSummary.extend({
  hours: z.array(ClinicHours),
  /** Bookings from now on (and the one running now), oldest first. */
  upcoming: z.array(MeetingBooking),
  /** The booking running now, if any. */
  current: MeetingBooking.nullable(),
  can: MeetingRoomAbilities,
});
export type MeetingRoomDetail = z.infer<typeof MeetingRoomDetail>;

export const MEETING_TITLE_MAX = 80;
export const MAX_INVITEES = 49;
/** Bookings last 15 minutes to 8 hours and start within 90 days. */
export const BOOKING_MIN_MINUTES = 15;
export const BOOKING_MAX_MINUTES = 8 * 60;
export const BOOKING_MAX_DAYS_AHEAD = 90;

const IsoTime = z.string().datetime({ offset: true, message: "a time is written as ISO 8601, e.g. 2026-11-23T09:00:00+08:00" });

export const CreateBookingBody = z.object({
  title: required(MEETING_TITLE_MAX, "a title"),
  startsAt: IsoTime,
  endsAt: IsoTime,
  /** People invited, by user id. */
  inviteeIds: z.array(Uuid).max(MAX_INVITEES, `at most ${MAX_INVITEES} invitees`).default([]),
  taskId: Uuid.optional(),
}).strict();
export type CreateBookingBody = z.infer<typeof CreateBookingBody>;

export const BookingQuery = z.object({
  /** ISO time; the calendar shows bookings that end after it. Defaults to now. */
  from: IsoTime.optional(),
  days: z.coerce.number().int().min(1).max(62).default(7),
});

export const MeetingRoomParams = z.object({ id: Uuid });
export const BookingParams = z.object({ id: Uuid });
export const ParkMeetingRoomsParams = z.object({ parkId: ParkId });
export const TaskMeetingsParams = z.object({ id: Uuid });

/** Slides: a title and its pages, each an uploaded image. */
export const MAX_DECK_PAGES = 200;
export const CreateDeckBody = z.object({
  title: required(80, "a title"),
  pageIds: z.array(Uuid).min(1, "a deck has at least one page").max(MAX_DECK_PAGES, `a deck has at most ${MAX_DECK_PAGES} pages`),
}).strict();
export type CreateDeckBody = z.infer<typeof CreateDeckBody>;
export const Deck = z.object({ id: Uuid, roomId: Uuid, title: z.string(), pageIds: z.array(Uuid), createdAt: z.string() });
export type Deck = z.infer<typeof Deck>;
export const DeckList = z.object({ decks: z.array(Deck) });

/** Notification kinds this feature adds (payload: bookingId, roomId, roomName, title, startsAt). */
export const MEETING_NOTIFICATION_KINDS = ["meeting-invited", "meeting-cancelled"] as const;

/** Finding people to invite: by display name or username, residents and managers only (no guests). */
export const PeopleQuery = z.object({ q: z.string().trim().min(1, "type part of a name").max(40) });
export const PeopleList = z.object({ people: z.array(PersonRef) });
export type PeopleList = z.infer<typeof PeopleList>;
