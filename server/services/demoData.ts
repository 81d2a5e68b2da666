import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import type { Db } from "../db/pool.ts";
import type { Logger } from "../logger.ts";
import { DEMO_DIR, picturesOf, readDemoFile, type DemoCompany, type DemoFile, type DemoMember } from "./demoDataFile.ts";
import { seededRandom } from "./demoDataRandom.ts";
import { imageInfo } from "./imageInfo.ts";
import { removeDemoEvents, seedDemoEvents } from "./demoEvents.ts";
import { removeDemoMeetings, seedDemoMeetings } from "./demoMeetings.ts";
import { seedDemoTasks } from "./demoTasks.ts";
import { removeDemoTelemetry } from "./demoTelemetry.ts";
import { inTransaction } from "../db/inTransaction.ts";

/** Two processes starting on one database must not seed the same companies twice. */
const DEMO_LOCK = 4242004;
const HISTORY_DAYS = 14;

export interface DemoSeedResult {
  /** Companies added by this call; empty when they were all there already. */
  added: string[];
  /** Demo companies left out, with the reason (a real company took the name, no member could be made). */
  skipped: Array<{ name: string; reason: string }>;
  /** Booths given, as park/slot. */
  booths: string[];
}

/** `rooms`: meeting rooms that belonged to demo companies or people, given back to their parks. */
export interface DemoRemoval { companies: string[]; users: number; images: number; parks: string[]; rooms: string[] }

/** One transaction holding the demo lock, so two processes never seed or remove the demo at once. */
const underDemoLock = <T>(db: Db, work: (c: pg.PoolClient) => Promise<T>): Promise<T> =>
  inTransaction(db, async (c) => {
    await c.query("SELECT pg_advisory_xact_lock($1)", [DEMO_LOCK]);
    return work(c);
  });

const DAY_MS = 24 * 3600 * 1000;
const daysBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);

/** Demo people have no password: nobody can sign in as them (login refuses an account without one). */
async function ensureUsers(c: pg.PoolClient, members: readonly DemoMember[], now: Date): Promise<Map<string, string>> {
  for (const m of members) {
    await c.query(
      `INSERT INTO users (username, display_name, password_hash, role, colour, bio, skills, avatar_style, demo, created_at)
       VALUES ($1, $2, NULL, 'resident', $3, $4, $5, $6, true, $7) ON CONFLICT (username) DO NOTHING`,
      [m.username, m.displayName, m.colour, m.bio, m.skills, m.avatarStyle, daysBefore(now, 60)],
    );
  }
  // A real person who registered one of these names keeps it, and stays out of the demo.
  const { rows } = await c.query<{ id: string; username: string }>(
    "SELECT id, username FROM users WHERE username = ANY($1) AND demo", [members.map((m) => m.username)],
  );
  return new Map(rows.map((r) => [r.username, r.id]));
}

/** Stores a picture once: a later company showing the same file, or a later boot, reuses the row. */
async function ensureImage(c: pg.PoolClient, dir: string, file: string, uploadedBy: string): Promise<string> {
  const bytes = fs.readFileSync(path.join(dir, "images", file));
  const sniff = imageInfo(bytes);
  if (!sniff.ok) throw new Error(`demo picture ${file}: ${sniff.reason}`);
  const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  const found = await c.query<{ id: string }>(
    "SELECT i.id FROM images i JOIN users u ON u.id = i.uploaded_by WHERE i.sha256 = $1 AND u.demo LIMIT 1", [sha256],
  );
  if (found.rows[0]) return found.rows[0].id;
  const { rows } = await c.query<{ id: string }>(
    "INSERT INTO images (uploaded_by, content_type, width, height, bytes, sha256) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [uploadedBy, sniff.info.contentType, sniff.info.width, sniff.info.height, bytes, sha256],
  );
  return rows[0]!.id;
}

async function slotInLayout(c: pg.PoolClient, parkId: string, slotId: string): Promise<boolean> {
  const { rows } = await c.query<{ layout: unknown }>("SELECT layout FROM parks WHERE id = $1", [parkId]);
  if (!rows[0]) return false;
  const layout = ParkLayout.safeParse(rows[0].layout);
  return layout.success && layout.data.boothSlots.some((s) => s.id === slotId);
}

/** A fortnight of booth visits: more on weekdays, in working hours, by other demo people and guests. */
function visitRows(rnd: () => number, visitors: readonly string[], now: Date): Array<{ userId: string | null; at: Date }> {
  const rows: Array<{ userId: string | null; at: Date }> = [];
  for (let d = HISTORY_DAYS - 1; d >= 0; d--) {
    const day = daysBefore(now, d);
    day.setHours(0, 0, 0, 0);
    const weekend = day.getDay() === 0 || day.getDay() === 6;
    const count = Math.floor((weekend ? 1 : 4) + rnd() * (weekend ? 4 : 11));
    for (let i = 0; i < count; i++) {
      const at = new Date(day.getTime() + (9 + rnd() * 9) * 3600 * 1000);
      if (at > now) continue;
      const userId = rnd() < 0.35 || visitors.length === 0 ? null : visitors[Math.floor(rnd() * visitors.length)]!;
      rows.push({ userId, at });
    }
  }
  return rows;
}

interface SeedContext { c: pg.PoolClient; file: DemoFile; dir: string; users: Map<string, string>; now: Date; log: Logger }

async function seedCompany(
  { c, file, dir, users, now, log }: SeedContext, company: DemoCompany, index: number,
): Promise<{ booths: string[] } | { skipped: string }> {
  // The same history on every machine: each company's comes from a seed made of its name.
  const rnd = seededRandom(company.name);
  const members = company.members.filter((m) => users.has(m.username));
  if (members.length === 0) return { skipped: "its demo members' usernames belong to real accounts" };
  const ownerId = users.get(members[0]!.username)!;

  const image = new Map<string, string>();
  for (const picture of picturesOf(company)) image.set(picture, await ensureImage(c, dir, picture, ownerId));

  const createdAt = daysBefore(now, 90 - index * 9);
  const { rows } = await c.query<{ id: string }>(
    `INSERT INTO companies (name, industry, description, colour, logo_image_id, website, contact, products, gallery, verified, demo, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, $11, $11) RETURNING id`,
    [
      company.name, company.industry, JSON.stringify(company.description), company.colour, image.get(company.logo), company.website,
      JSON.stringify(company.contact),
      JSON.stringify(company.products.map((p) => ({ name: p.name, text: p.text, imageId: image.get(p.picture) }))),
      company.gallery.map((g) => image.get(g)), company.verified, createdAt,
    ],
  );
  const companyId = rows[0]!.id;

  for (const [i, m] of members.entries()) {
    await c.query(
      "INSERT INTO company_members (company_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4)",
      [companyId, users.get(m.username), i === 0 ? "owner" : "member", new Date(createdAt.getTime() + i * DAY_MS)],
    );
  }

  const booths: Array<{ parkId: string; slotId: string }> = [];
  for (const b of company.booths) {
    if (!(await slotInLayout(c, b.parkId, b.slotId))) {
      log.warn({ company: company.name, ...b }, "demo booth left out: the park's layout has no such slot");
      continue;
    }
    const taken = await c.query(
      "INSERT INTO booths (park_id, slot_id, company_id, assigned_at) VALUES ($1, $2, $3, $4) ON CONFLICT (park_id, slot_id) DO NOTHING",
      [b.parkId, b.slotId, companyId, createdAt],
    );
    if (taken.rowCount) booths.push(b);
    else log.warn({ company: company.name, ...b }, "demo booth left out: the slot is taken");
  }

  const companyOf = (username: string) => file.companies.find((x) => x.members.some((m) => m.username === username));
  const place = booths[0] ?? null;
  for (const card of company.cards) {
    const fromId = users.get(card.from);
    const from = companyOf(card.from)?.members.find((m) => m.username === card.from);
    if (!fromId || !from) continue;
    const at = new Date(daysBefore(now, card.daysAgo).getTime() - (1 + rnd() * 6) * 3600 * 1000);
    await c.query(
      `INSERT INTO business_cards (company_id, from_user, profile, note, park_id, slot_id, created_at, read_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        companyId, fromId,
        JSON.stringify({ displayName: from.displayName, bio: from.bio, skills: from.skills, companies: [companyOf(card.from)!.name] }),
        card.note, place?.parkId ?? null, place?.slotId ?? null, at, card.read ? new Date(at.getTime() + 2 * 3600 * 1000) : null,
      ],
    );
  }

  // Staff walking past their own booth are no visitors.
  const visitors = [...users.entries()].filter(([name]) => !company.members.some((m) => m.username === name)).map(([, id]) => id);
  for (const b of booths) {
    const visits = visitRows(rnd, visitors, now);
    await c.query(
      `INSERT INTO booth_visits (park_id, slot_id, company_id, user_id, visited_at)
       SELECT $1, $2, $3, u, t FROM unnest($4::uuid[], $5::timestamptz[]) AS v(u, t)`,
      [b.parkId, b.slotId, companyId, visits.map((v) => v.userId), visits.map((v) => v.at)],
    );
  }
  return { booths: booths.map((b) => `${b.parkId}/${b.slotId}`) };
}

/**
 * Seeds the demo companies of assets/demo, with their people, pictures, booths, cards and a
 * fortnight of booth visits, the demand hall's demo tasks and experts (demoTasks.ts), and the meeting
 * rooms' owners, clinic hours and meetings (demoMeetings.ts), in one transaction. A demo company already there (same name, marked
 * demo) is left as it is, so a second start changes nothing.
 */
export async function seedDemoData(db: Db, log: Logger): Promise<DemoSeedResult> {
  const dir = DEMO_DIR;
  const now = new Date();
  const file = readDemoFile({ dir });
  return underDemoLock(db, async (c) => {
    const result: DemoSeedResult = { added: [], skipped: [], booths: [] };
    const { rows: existing } = await c.query<{ name: string; demo: boolean }>(
      "SELECT lower(name) AS name, demo FROM companies WHERE lower(name) = ANY($1)", [file.companies.map((x) => x.name.toLowerCase())],
    );
    const there = new Map(existing.map((r) => [r.name, r.demo]));
    const todo = file.companies.filter((x) => {
      const demo = there.get(x.name.toLowerCase());
      if (demo === false) result.skipped.push({ name: x.name, reason: "a real company has this name" });
      return demo === undefined;
    });
    if (todo.length > 0) {
      const users = await ensureUsers(c, file.companies.flatMap((x) => x.members), now);
      for (const company of todo) {
        const seeded = await seedCompany({ c, file, dir, users, now, log }, company, file.companies.indexOf(company));
        if ("skipped" in seeded) {
          result.skipped.push({ name: company.name, reason: seeded.skipped });
          continue;
        }
        result.added.push(company.name);
        result.booths.push(...seeded.booths);
      }
    }
    // Tasks come after the companies that post them; a database seeded before tasks existed gets them now.
    const tasks = await seedDemoTasks(c, now, log, dir);
    if (tasks.length) log.info({ tasks: tasks.length }, "demo tasks seeded");
    // Meetings come after the people, companies and tasks they name.
    const meetings = await seedDemoMeetings(c, now, log, dir);
    if (meetings.length) log.info({ meetings: meetings.length }, "demo meetings booked");
    // Events come after the companies and people that hold and attend them.
    const events = await seedDemoEvents(c, now, log, dir);
    if (events.length) log.info({ events: events.length }, "demo events scheduled");
    return result;
  });
}

/**
 * Takes the demo out: demo companies (their members, booths, cards and visits go with them), demo
 * people, and the pictures they brought that no remaining company shows. Real companies and people
 * are untouched; cards demo people left at real companies keep the profile they were left with.
 */
export async function removeDemoData(db: Db): Promise<DemoRemoval> {
  return underDemoLock(db, async (c) => {
    const parks = await c.query<{ parkId: string }>(
      `SELECT DISTINCT b.park_id AS "parkId" FROM booths b JOIN companies co ON co.id = b.company_id WHERE co.demo ORDER BY 1`,
    );
    // Before the companies and people go: their rooms would go with them.
    const rooms = await removeDemoMeetings(c);
    await removeDemoEvents(c);
    // Before the people go: the simulated days are found by their days in the parks.
    await removeDemoTelemetry(c);
    const companies = await c.query<{ name: string }>("DELETE FROM companies WHERE demo RETURNING name");
    const images = await c.query(
      `DELETE FROM images i USING users u
        WHERE u.id = i.uploaded_by AND u.demo
          AND NOT EXISTS (SELECT 1 FROM companies co
                           WHERE co.logo_image_id = i.id OR i.id = ANY(co.gallery)
                              OR co.products @> jsonb_build_array(jsonb_build_object('imageId', i.id::text)))`,
    );
    const users = await c.query("DELETE FROM users WHERE demo");
    return {
      companies: companies.rows.map((r) => r.name),
      users: users.rowCount ?? 0,
      images: images.rowCount ?? 0,
      parks: parks.rows.map((r) => r.parkId),
      rooms,
    };
  });
}

/** What `npm start` does with the DEMO_DATA setting: seed the demo, or take out what an earlier run left. */
export async function applyDemoSetting(db: Db, setting: "on" | "off", log: Logger): Promise<void> {
  if (setting === "on") {
    const seeded = await seedDemoData(db, log);
    for (const s of seeded.skipped) log.warn(s, "demo company left out");
    if (seeded.added.length) log.info({ companies: seeded.added, booths: seeded.booths }, "demo companies seeded; DEMO_DATA=off removes them");
    return;
  }
  const removed = await removeDemoData(db);
  if (removed.companies.length || removed.users || removed.rooms.length) log.info(removed, "demo data removed (DEMO_DATA=off)");
}
