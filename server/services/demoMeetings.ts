import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { z } from "zod";
import { PARK_TIME_ZONE } from "../../shared/constants.ts";
import { Uuid } from "../../shared/protocol/companies.ts";
import { BOOKING_MAX_MINUTES, BOOKING_MIN_MINUTES, ClinicHours, CreateBookingBody } from "../../shared/protocol/meetings.ts";
import { firstOverlap } from "../../shared/rules/bookingRules.ts";
import { insertBooking, lockMeetingRoom, overlappingBookings } from "../db/repositories/meetingBookings.ts";
import { replaceClinicHours } from "../db/repositories/meetingRoomWrites.ts";
import type { Logger } from "../logger.ts";
import { DEMO_DIR, DemoMember } from "./demoDataFile.ts";

const DemoUser = DemoMember.shape.username;

const DemoRoom = z.object({
  /** One of the parks' own rooms (assets/parks/meeting-rooms.json). */
  roomId: Uuid,
  expert: DemoUser.optional(),
  company: z.string().min(1).optional(),
  hours: z.array(ClinicHours),
}).strict().refine((r) => (r.expert === undefined) !== (r.company === undefined), "a demo room goes to an expert or to a company");

const DemoBooking = z.object({
  roomId: Uuid,
  title: CreateBookingBody.shape.title,
  booker: DemoUser,
  invitees: z.array(DemoUser),
  /** A demo task's title: the meeting is about it. */
  task: z.string().min(1).optional(),
  /** Days after the seeding date, at this time of day in the park's time zone. */
  inDays: z.number().int().min(1).max(13),
  at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day, HH:MM"),
  minutes: z.number().int().min(BOOKING_MIN_MINUTES).max(BOOKING_MAX_MINUTES),
}).strict();

export const DemoMeetingFile = z.object({ rooms: z.array(DemoRoom), bookings: z.array(DemoBooking) }).strict();
export type DemoMeetingFile = z.infer<typeof DemoMeetingFile>;

/** assets/demo/meetings.json, validated; a broken file stops the start with the reason. */
export function readDemoMeetingFile(dir: string = DEMO_DIR): DemoMeetingFile {
  const file = path.join(dir, "meetings.json");
  const result = DemoMeetingFile.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!result.success) throw new Error(`demo data ${file} is invalid: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return result.data;
}

/** `days` after `now`'s date in the park, at `hhmm` there. Shanghai keeps one offset all year. */
export function parkTimeAfter(now: Date, days: number, hhmm: string): Date {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: PARK_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(new Date(now.getTime() + days * 86_400_000));
  return new Date(`${date}T${hhmm}:00+08:00`);
}

/**
 * The meeting rooms' demo: the home park's clinic goes to the demo authority with clinic hours,
 * meeting room B to a demo company, and a few meetings are booked over the next days (one about a
 * demo task, between its company and the expert taking it). Runs inside the demo data's
 * transaction. A room a manager already gave to someone else is left alone; demo meetings that
 * have ended make way for the same meetings on the next days, so the calendar always has some;
 * one already standing is left as it is, so a second start adds nothing. Returns the titles booked.
 */
export async function seedDemoMeetings(c: pg.PoolClient, now: Date, log: Logger, dir: string = DEMO_DIR): Promise<string[]> {
  const file = readDemoMeetingFile(dir);
  const names = [...new Set([...file.rooms.flatMap((r) => (r.expert ? [r.expert] : [])), ...file.bookings.flatMap((b) => [b.booker, ...b.invitees])])];
  const { rows: people } = await c.query<{ id: string; username: string }>("SELECT id, username FROM users WHERE username = ANY($1) AND demo", [names]);
  const users = new Map(people.map((p) => [p.username, p.id]));

  for (const r of file.rooms) {
    const owner = r.expert
      ? { kind: "expert", userId: users.get(r.expert) ?? null, companyId: null }
      : { kind: "company", userId: null, companyId: (await c.query<{ id: string }>("SELECT id FROM companies WHERE name = $1 AND demo", [r.company])).rows[0]?.id ?? null };
    if (!owner.userId && !owner.companyId) {
      log.warn({ room: r.roomId }, "demo room owner left out: not in the demo");
      continue;
    }
    const given = await c.query(
      `UPDATE meeting_rooms SET owner_kind = $2, owner_user_id = $3, owner_company_id = $4, updated_at = now()
        WHERE id = $1 AND owner_kind = 'park' AND archived_at IS NULL`,
      [r.roomId, owner.kind, owner.userId, owner.companyId],
    );
    const hoursThere = await c.query("SELECT 1 FROM meeting_room_hours WHERE room_id = $1", [r.roomId]);
    if (given.rowCount && !hoursThere.rowCount && r.hours.length > 0) await replaceClinicHours(c, r.roomId, r.hours);
  }

  await c.query("DELETE FROM meeting_bookings WHERE demo AND ends_at <= $1", [now]);
  const added: string[] = [];
  for (const b of file.bookings) {
    const bookerId = users.get(b.booker);
    const room = await lockMeetingRoom(c, b.roomId);
    if (!bookerId || !room || room.archived) continue;
    const there = await c.query("SELECT 1 FROM meeting_bookings WHERE demo AND room_id = $1 AND title = $2 AND cancelled_at IS NULL", [b.roomId, b.title]);
    if (there.rowCount) continue;
    const startsAt = parkTimeAfter(now, b.inDays, b.at);
    const span = { startsAt, endsAt: new Date(startsAt.getTime() + b.minutes * 60_000) };
    if (firstOverlap(await overlappingBookings(c, b.roomId, span.startsAt, span.endsAt), span)) {
      log.warn({ room: b.roomId, title: b.title }, "demo meeting left out: the room is booked then");
      continue;
    }
    const taskId = b.task ? (await c.query<{ id: string }>("SELECT id FROM tasks WHERE demo AND title = $1", [b.task])).rows[0]?.id ?? null : null;
    const inviteeIds = b.invitees.flatMap((u) => (users.has(u) ? [users.get(u)!] : []));
    await insertBooking(c, { roomId: b.roomId, title: b.title, ...span, bookerId, taskId, inviteeIds, demo: true });
    added.push(b.title);
  }
  return added;
}

/**
 * Takes the meeting rooms' demo out, before the demo companies and people go (their rooms would go
 * with them): rooms owned by a demo company or person go back to the park without clinic hours,
 * and demo bookings are deleted. Returns the ids of the rooms given back.
 */
export async function removeDemoMeetings(c: pg.PoolClient): Promise<string[]> {
  const { rows } = await c.query<{ id: string }>(
    `SELECT r.id FROM meeting_rooms r
       LEFT JOIN companies co ON co.id = r.owner_company_id LEFT JOIN users u ON u.id = r.owner_user_id
      WHERE co.demo OR u.demo ORDER BY r.id`,
  );
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) {
    await c.query("DELETE FROM meeting_room_hours WHERE room_id = ANY($1::uuid[])", [ids]);
    await c.query(
      `UPDATE meeting_rooms SET owner_kind = 'park', owner_company_id = NULL, owner_user_id = NULL, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids],
    );
  }
  await c.query("DELETE FROM meeting_bookings WHERE demo");
  return ids;
}
