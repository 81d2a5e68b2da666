import { describe, expect, it } from "vitest";
import { TelemetryFolder, type SampledAvatar, type TelemetryLayout } from "./TelemetryFolder.ts";
import type { HeatFold } from "./telemetryBatch.ts";

// A 40 × 20 m park: zone "west" (0–18) and zone "east" (22–40), a 4 m path between them.
const LAYOUT: TelemetryLayout = {
  size: { width: 40, depth: 20 },
  zones: [
    { id: "west", polygon: [[0, 0], [18, 0], [18, 20], [0, 20]] },
    { id: "east", polygon: [[22, 0], [40, 0], [40, 20], [22, 20]] },
  ],
};

/** 2026-03-02 00:00 in Shanghai (UTC+8), a Monday: buckets and hours start on round numbers from here. */
const T0 = Date.UTC(2026, 2, 1, 16, 0, 0);
const S = 1000;
const MIN = 60 * S;

const at = (sessionId: string, x: number, z: number, userId = `user-${sessionId}`): SampledAvatar => ({ sessionId, userId, x, z });

/** Samples the same avatars once a second from `from` for `seconds` seconds. */
function stand(folder: TelemetryFolder, avatars: SampledAvatar[], from: number, seconds: number): number {
  for (let i = 0; i < seconds; i++) folder.sample(avatars, from + i * S);
  return from + seconds * S;
}

const cell = (heat: HeatFold[], cx: number, cz: number) => heat.filter((h) => h.cx === cx && h.cz === cz);

describe("TelemetryFolder", () => {
  it("adds a second of dwell per sample to the 2 m cell under each avatar, and counts each person once", () => {
    const folder = new TelemetryFolder(LAYOUT);
    stand(folder, [at("a", 5.5, 3.9), at("b", 4.1, 2.0)], T0, 10);
    const batch = folder.drain(T0 + 10 * S);
    expect(batch.heat).toEqual([{ bucket: T0, cx: 2, cz: 1, dwellSeconds: 20, newVisitors: 2 }]);
    expect(batch.heatHourly).toEqual([{ bucket: T0, cx: 2, cz: 1, dwellSeconds: 20, newVisitors: 2 }]);
  });

  it("clamps positions on or beyond the park's edge into its border cells", () => {
    const folder = new TelemetryFolder(LAYOUT);
    folder.sample([at("a", 40, 20), at("b", -0.5, 25)], T0);
    const { heat } = folder.drain(T0 + S);
    expect(heat.map(({ cx, cz }) => [cx, cz]).sort()).toEqual([[0, 9], [19, 9]]);
  });

  it("starts a new five-minute bucket on the boundary while the hour goes on", () => {
    const folder = new TelemetryFolder(LAYOUT);
    const a = [at("a", 1, 1)];
    stand(folder, a, T0 + 4 * MIN + 58 * S, 4); // 4:58, 4:59 | 5:00, 5:01
    const batch = folder.drain(T0 + 5 * MIN + 2 * S);
    expect(batch.heat).toEqual([
      { bucket: T0, cx: 0, cz: 0, dwellSeconds: 2, newVisitors: 1 },
      { bucket: T0 + 5 * MIN, cx: 0, cz: 0, dwellSeconds: 2, newVisitors: 1 },
    ]);
    expect(batch.heatHourly).toEqual([{ bucket: T0, cx: 0, cz: 0, dwellSeconds: 4, newVisitors: 1 }]);
    expect(batch.occupancy.filter((o) => o.zoneId === "")).toEqual([
      { bucket: T0, zoneId: "", samples: 2, peopleSum: 2, peak: 1 },
      { bucket: T0 + 5 * MIN, zoneId: "", samples: 2, peopleSum: 2, peak: 1 },
    ]);
  });

  it("reports only newcomers to a cell in later drains of the same bucket, so writes add up to distinct people", () => {
    const folder = new TelemetryFolder(LAYOUT);
    let t = stand(folder, [at("a", 1, 1), at("b", 1, 1)], T0, 5);
    const first = folder.drain(t);
    t = stand(folder, [at("a", 1, 1), at("c", 1, 1)], t, 5);
    const second = folder.drain(t);
    expect(cell(first.heat, 0, 0)).toEqual([{ bucket: T0, cx: 0, cz: 0, dwellSeconds: 10, newVisitors: 2 }]);
    expect(cell(second.heat, 0, 0)).toEqual([{ bucket: T0, cx: 0, cz: 0, dwellSeconds: 10, newVisitors: 1 }]);
    const sum = [...first.heat, ...second.heat].reduce((n, h) => n + h.newVisitors, 0);
    expect(sum).toBe(3);
    // Nothing new since: nothing to write.
    expect(folder.drain(t).heat).toEqual([]);
  });

  it("forgets a bucket that is over, so the same person counts again in the next one", () => {
    const folder = new TelemetryFolder(LAYOUT);
    stand(folder, [at("a", 1, 1)], T0, 3);
    folder.drain(T0 + 5 * MIN);
    stand(folder, [at("a", 1, 1)], T0 + 5 * MIN, 3);
    const { heat, heatHourly } = folder.drain(T0 + 5 * MIN + 3 * S);
    expect(heat).toEqual([{ bucket: T0 + 5 * MIN, cx: 0, cz: 0, dwellSeconds: 3, newVisitors: 1 }]);
    // Still the same hour: already counted there.
    expect(heatHourly).toEqual([{ bucket: T0, cx: 0, cz: 0, dwellSeconds: 3, newVisitors: 0 }]);
  });

  it("counts people in the park and in each zone per bucket: samples, sum and peak", () => {
    const folder = new TelemetryFolder(LAYOUT);
    let t = stand(folder, [at("a", 5, 5), at("b", 30, 5), at("c", 20, 5)], T0, 4); // west, east, on the path
    t = stand(folder, [at("a", 5, 5), at("b", 6, 5)], t, 2); // both west
    expect(folder.zoneCounts()).toEqual({ west: 2, east: 0 });
    const { occupancy } = folder.drain(t);
    expect(occupancy).toEqual([
      { bucket: T0, zoneId: "", samples: 6, peopleSum: 16, peak: 3 },
      { bucket: T0, zoneId: "west", samples: 6, peopleSum: 8, peak: 2 },
      { bucket: T0, zoneId: "east", samples: 6, peopleSum: 4, peak: 1 },
    ]);
  });

  it("keeps the samples of an empty zone until someone comes, so the average stays right", () => {
    const folder = new TelemetryFolder(LAYOUT);
    let t = stand(folder, [at("a", 5, 5)], T0, 3);
    expect(folder.drain(t).occupancy.map((o) => o.zoneId)).toEqual(["", "west"]);
    t = stand(folder, [at("a", 30, 5)], t, 2);
    expect(folder.drain(t).occupancy.find((o) => o.zoneId === "east")).toEqual({ bucket: T0, zoneId: "east", samples: 5, peopleSum: 2, peak: 1 });
  });

  it("records zone stays when people change zones or leave, with the zone they came from", () => {
    const folder = new TelemetryFolder(LAYOUT);
    let t = stand(folder, [at("a", 5, 5), at("b", 30, 5)], T0, 10);
    // a crosses the path into east; b leaves the park.
    t = stand(folder, [at("a", 20, 5)], t, 2);
    folder.leave("b", t);
    t = stand(folder, [at("a", 30, 5)], t, 5);
    folder.leave("a", t);
    const { stays } = folder.drain(t);
    expect(stays).toEqual([
      { kind: "zone", placeId: "west", userId: "user-a", fromPlaceId: null, enteredAt: T0, leftAt: T0 + 10 * S },
      { kind: "zone", placeId: "east", userId: "user-b", fromPlaceId: null, enteredAt: T0, leftAt: T0 + 12 * S },
      { kind: "zone", placeId: "east", userId: "user-a", fromPlaceId: "west", enteredAt: T0 + 12 * S, leftAt: T0 + 17 * S },
    ]);
    expect(folder.drain(t).stays).toEqual([]);
  });

  it("does not make a move of stepping out of a zone onto the path and back", () => {
    const folder = new TelemetryFolder(LAYOUT);
    let t = stand(folder, [at("a", 17, 5)], T0, 3);
    t = stand(folder, [at("a", 19, 5)], t, 1);
    t = stand(folder, [at("a", 17, 5)], t, 3);
    folder.leave("a", t);
    expect(folder.drain(t).stays.map((s) => [s.placeId, s.fromPlaceId])).toEqual([["west", null], ["west", null]]);
  });

  it("adds each person's seconds to the park-local day, late ones from 21:00 to 05:00, across midnight in Shanghai", () => {
    const folder = new TelemetryFolder(LAYOUT, "Asia/Shanghai");
    const evening = Date.UTC(2026, 2, 1, 12, 59, 58); // 20:59:58 in Shanghai, 1 March
    stand(folder, [at("a", 1, 1)], evening, 4); // 20:59:58, 20:59:59, 21:00:00, 21:00:01
    const midnight = Date.UTC(2026, 2, 1, 15, 59, 59); // 23:59:59
    stand(folder, [at("a", 1, 1)], midnight, 2); // 23:59:59 | 00:00:00 on 2 March
    const dawn = Date.UTC(2026, 2, 1, 20, 59, 59); // 04:59:59 on 2 March
    stand(folder, [at("a", 1, 1)], dawn, 2); // 04:59:59, 05:00:00
    const { people } = folder.drain(dawn + 2 * S);
    expect(people).toEqual([
      { day: "2026-03-01", userId: "user-a", seconds: 5, lateSeconds: 3 },
      { day: "2026-03-02", userId: "user-a", seconds: 3, lateSeconds: 2 },
    ]);
  });

  it("buckets hours on the park's clock in a zone half an hour off UTC", () => {
    const folder = new TelemetryFolder(LAYOUT, "Asia/Kolkata"); // UTC+5:30
    const t = Date.UTC(2026, 2, 1, 10, 45, 0); // 16:15 in Kolkata
    folder.sample([at("a", 1, 1)], t);
    const { heatHourly, heat } = folder.drain(t + S);
    expect(heatHourly[0]?.bucket).toBe(Date.UTC(2026, 2, 1, 10, 30, 0)); // 16:00 in Kolkata
    expect(heat[0]?.bucket).toBe(t);
  });

  it("follows a new layout: a bigger park, a zone that is gone, a new zone", () => {
    const folder = new TelemetryFolder(LAYOUT);
    let t = stand(folder, [at("a", 5, 5), at("b", 50, 5)], T0, 2);
    expect(cell(folder.drain(t).heat, 19, 2)).toHaveLength(1); // b clamped to the old edge
    folder.replaceLayout({
      size: { width: 60, depth: 20 },
      zones: [{ id: "north", polygon: [[0, 0], [60, 0], [60, 10], [0, 10]] }],
    });
    t = stand(folder, [at("a", 5, 5), at("b", 50, 5)], t, 3);
    folder.leave("a", t);
    const batch = folder.drain(t);
    expect(cell(batch.heat, 25, 2)).toEqual([{ bucket: T0, cx: 25, cz: 2, dwellSeconds: 3, newVisitors: 1 }]);
    expect(folder.zoneCounts()).toEqual({ north: 2 });
    expect(batch.stays).toEqual([
      // The stay in the zone that is gone ends at the first sample on the new layout; none for b, who was on no zone.
      { kind: "zone", placeId: "west", userId: "user-a", fromPlaceId: null, enteredAt: T0, leftAt: T0 + 2 * S },
      // Moving from a zone that is gone is no move between zones.
      { kind: "zone", placeId: "north", userId: "user-a", fromPlaceId: null, enteredAt: T0 + 2 * S, leftAt: T0 + 5 * S },
    ]);
  });
});
