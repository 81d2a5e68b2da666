import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { z } from "zod";
import { CreateEventBody, EventRole, EventKind } from "../../shared/protocol/events.ts";
import { insertEvent } from "../db/repositories/events.ts";
import type { Logger } from "../logger.ts";
import { DEMO_DIR, DemoMember } from "./demoDataFile.ts";
import { parkTimeAfter } from "./demoMeetings.ts";

const DemoUser = DemoMember.shape.username;
const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day, HH:MM");

/** When a demo event starts, relative to the seeding: soon (to try the live hall at once), on a later day, or days ago. */
const DemoStart = z.union([
  z.object({ inMinutes: z.number().int().min(0).max(180) }).strict(),
  z.object({ inDays: z.number().int().min(1).max(13), at: TimeOfDay }).strict(),
  z.object({ daysAgo: z.number().int().min(1).max(30), at: TimeOfDay }).strict(),
]);

const DemoEvent = z.object({
  /** A demo company of the home park; the event is in its launch hall. */
  company: z.string().min(1),
  kind: EventKind,
  title: CreateEventBody.shape.title,
  description: z.string().max(4000),
  start: DemoStart,
  minutes: z.number().int().min(15).max(720),
  status: z.enum(["approved", "pending"]),
  people: z.array(z.object({ username: DemoUser, role: EventRole }).strict()).min(1),
  rsvps: z.array(DemoUser),
  /** For a past event: who watched, minutes from its start (negative: before it). */
  attendance: z.array(z.object({ username: DemoUser, from: z.number().int(), to: z.number().int(), instance: z.number().int().min(1).default(1) }).strict()).default([]),
  questions: z.array(z.object({ username: DemoUser, text: z.string().min(1).max(280), votes: z.number().int().min(0), answeredAfter: z.number().int().min(0) }).strict()).default([]),
  /** Slides made of the company's own pictures. */
  deck: z.object({ title: z.string().min(1).max(80) }).strict().optional(),
}).strict().refine((e) => e.attendance.every((a) => a.from < a.to), "an attendance row ends after it starts");

export const DemoEventFile = z.object({ events: z.array(DemoEvent) }).strict();
export type DemoEventFile = z.infer<typeof DemoEventFile>;

/** assets/demo/events.json, validated; a broken file stops the start with the reason. */
export function readDemoEventFile(dir: string = DEMO_DIR): DemoEventFile {
  const file = path.join(dir, "events.json");
  const result = DemoEventFile.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!result.success) throw new Error(`demo data ${file} is invalid: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return result.data;
}

const HOME_PARK = "home";

function startOf(start: z.infer<typeof DemoStart>, now: Date): Date {
  if ("inMinutes" in start) return new Date(Math.ceil(now.getTime() / 60_000) * 60_000 + start.inMinutes * 60_000);
  if ("inDays" in start) return parkTimeAfter(now, start.inDays, start.at);
  return parkTimeAfter(now, -start.daysAgo, start.at);
}

/**
 * The events' demo, in the home park's launch hall: one starting within the hour (so the live hall
 * can be tried at once), a roadshow in two days, a salon waiting for approval, and one three days
 * ago with its attendance, answered questions and slides so the event page's "after" has figures.
 * Runs inside the demo data's transaction. Upcoming demo events that have ended make way for the
 * same ones relative to now; one still standing, and the past one once there, are left as they are,
 * so a second start adds nothing. Returns the titles added.
 */
export async function seedDemoEvents(c: pg.PoolClient, now: Date, log: Logger, dir: string = DEMO_DIR): Promise<string[]> {
  const file = readDemoEventFile(dir);
  const pastTitles = file.events.filter((e) => "daysAgo" in e.start).map((e) => e.title);
  await c.query("DELETE FROM events WHERE demo AND ends_at <= $1 AND title <> ALL($2::text[])", [now, pastTitles]);

  const names = [...new Set(file.events.flatMap((e) => [...e.people.map((p) => p.username), ...e.rsvps, ...e.attendance.map((a) => a.username), ...e.questions.map((q) => q.username)]))];
  const { rows: people } = await c.query<{ id: string; username: string; displayName: string }>(
    `SELECT id, username, display_name AS "displayName" FROM users WHERE username = ANY($1) AND demo`, [names],
  );
  const users = new Map(people.map((p) => [p.username, p]));
  const idsOf = (usernames: readonly string[]) => usernames.flatMap((u) => (users.has(u) ? [users.get(u)!.id] : []));

  const added: string[] = [];
  for (const e of file.events) {
    const { rows: [company] } = await c.query<{ id: string; pictures: string[] }>(
      `SELECT id, array_remove(gallery || ARRAY(SELECT (p ->> 'imageId')::uuid FROM jsonb_array_elements(products) p WHERE p ? 'imageId'), NULL)::text[] AS pictures
         FROM companies WHERE name = $1 AND demo`,
      [e.company],
    );
    const eventPeople = e.people.flatMap((p) => (users.has(p.username) ? [{ userId: users.get(p.username)!.id, role: p.role }] : []));
    if (!company || eventPeople.length === 0) {
      log.warn({ title: e.title }, "demo event left out: its company or people are not in the demo");
      continue;
    }
    const there = await c.query("SELECT 1 FROM events WHERE demo AND title = $1 AND status <> 'cancelled'", [e.title]);
    if (there.rowCount) continue;
    const startsAt = startOf(e.start, now);
    const id = await insertEvent(c, {
      parkId: HOME_PARK, companyId: company.id, kind: e.kind, title: e.title, description: e.description,
      coverImageId: company.pictures[0] ?? null, startsAt, endsAt: new Date(startsAt.getTime() + e.minutes * 60_000), venueRoomId: null,
      status: e.status, createdBy: eventPeople[0]!.userId, people: eventPeople, demo: true,
    });
    const rsvps = idsOf(e.rsvps);
    if (rsvps.length) await c.query("INSERT INTO event_rsvps (event_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING", [id, rsvps]);
    // A past event was reminded of long ago; marking it keeps the reminder timer off it.
    if ("daysAgo" in e.start) await c.query("UPDATE events SET reminded_at = starts_at WHERE id = $1", [id]);
    const at = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000);
    for (const a of e.attendance) {
      const who = users.get(a.username);
      if (!who) continue;
      await c.query("INSERT INTO event_attendance (event_id, user_id, instance, joined_at, left_at) VALUES ($1, $2, $3, $4, $5)",
        [id, who.id, a.instance, at(a.from), at(a.to)]);
    }
    for (const q of e.questions) {
      const who = users.get(q.username);
      if (!who) continue;
      await c.query(
        `INSERT INTO event_questions (event_id, user_id, name, text, status, votes, created_at, answered_at)
         VALUES ($1, $2, $3, $4, 'answered', $5, $6, $7)`,
        [id, who.id, who.displayName, q.text, q.votes, at(Math.max(0, q.answeredAfter - 10)), at(q.answeredAfter)],
      );
    }
    if (e.deck && company.pictures.length > 0) {
      await c.query("INSERT INTO event_decks (event_id, title, page_ids, created_by, created_at) VALUES ($1, $2, $3::uuid[], $4, $5)",
        [id, e.deck.title, company.pictures, eventPeople[0]!.userId, at(-10)]);
    }
    added.push(e.title);
  }
  return added;
}

/** Takes the events' demo out (before the demo companies and people go). Returns how many events went. */
export async function removeDemoEvents(c: pg.PoolClient): Promise<number> {
  const { rowCount } = await c.query("DELETE FROM events WHERE demo");
  return rowCount ?? 0;
}
