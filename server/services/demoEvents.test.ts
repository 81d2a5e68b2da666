import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { startTestServer, type TestServer } from "../testing/testServer.ts";
import { seedDemoData } from "./demoData.ts";
import { readDemoFile } from "./demoDataFile.ts";
import { readDemoEventFile } from "./demoEvents.ts";
import { readDemoTaskFile } from "./demoTasks.ts";

const file = readDemoEventFile();

describe("the events' demo file", () => {
  it("names demo companies with a booth in the home park and demo people, in both languages", () => {
    const companies = readDemoFile().companies;
    const people = new Set([...companies.flatMap((c) => c.members.map((m) => m.username)), ...readDemoTaskFile().experts.map((e) => e.username)]);
    for (const e of file.events) {
      const company = companies.find((c) => c.name === e.company);
      expect(company?.booths.some((b) => b.parkId === "home"), e.title).toBe(true);
      for (const u of [...e.people.map((p) => p.username), ...e.rsvps, ...e.attendance.map((a) => a.username), ...e.questions.map((q) => q.username)]) {
        expect(people.has(u), u).toBe(true);
      }
      // A Chinese title with its English beside it.
      expect(e.title).toMatch(/[\u4e00-\u9fff].* · [A-Za-z]/);
    }
    expect(file.events.filter((e) => "inMinutes" in e.start)).toHaveLength(1);
    expect(file.events.filter((e) => "daysAgo" in e.start)).toHaveLength(1);
    expect(file.events.some((e) => e.status === "pending")).toBe(true);
  });
});

describe("demo events on a later start", () => {
  let server: TestServer;
  const log = createLogger("silent");
  beforeAll(async () => { server = await startTestServer({ demoData: true }); });
  afterAll(async () => { await server.stop(); });

  it("makes the launch about to start again once the last one has ended, and keeps the past event once", async () => {
    const soon = file.events.find((e) => "inMinutes" in e.start)!.title;
    const past = file.events.find((e) => "daysAgo" in e.start)!.title;
    const rows = async () => (await server.db.query<{ title: string; startsAt: Date; endsAt: Date }>(
      `SELECT title, starts_at AS "startsAt", ends_at AS "endsAt" FROM events WHERE demo ORDER BY starts_at`,
    )).rows;
    // As if the server had been down since yesterday: the launch happened.
    await server.db.query("UPDATE events SET starts_at = starts_at - interval '1 day', ends_at = ends_at - interval '1 day' WHERE demo AND title = $1", [soon]);
    await seedDemoData(server.db, log);
    const after = await rows();
    const launches = after.filter((r) => r.title === soon);
    expect(launches).toHaveLength(1);
    expect(launches[0]!.startsAt.getTime()).toBeGreaterThan(Date.now());
    expect(launches[0]!.startsAt.getTime() - Date.now()).toBeLessThan(90 * 60_000);
    expect(after.filter((r) => r.title === past)).toHaveLength(1);
    expect(after.filter((r) => r.title === past)[0]!.endsAt.getTime()).toBeLessThan(Date.now());
    expect(after).toHaveLength(file.events.length);
  });
});
