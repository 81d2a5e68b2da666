import { describe, expect, it } from "vitest";
import { WALK_SPEED } from "../../shared/constants.ts";
import { BoothVisitTracker, type BoothVisit } from "./boothVisits.ts";

// Two stands facing east across a street, 10 m apart, like the enclave park's.
const A = { id: "booth-a", x: 20, z: 40, rotation: Math.PI / 2 };
const B = { id: "booth-b", x: 20, z: 50, rotation: Math.PI / 2 };

/** Walks one avatar through points at walking speed, sampled every 100 ms like the park's tick. */
function walk(tracker: BoothVisitTracker, points: Array<[number, number] | { wait: number }>, start = 0): { visits: BoothVisit[]; end: number } {
  const visits: BoothVisit[] = [];
  let t = start;
  let [x, z] = points[0] as [number, number];
  const step = () => {
    const v = tracker.update("s1", "u1", x, z, t);
    if (v) visits.push(v);
    t += 100;
  };
  for (const p of points) {
    if ("wait" in p) {
      for (let i = 0; i < p.wait / 100; i++) step();
      continue;
    }
    const [tx, tz] = p;
    const steps = Math.max(1, Math.ceil(Math.hypot(tx - x, tz - z) / (WALK_SPEED * 0.1)));
    const [sx, sz] = [x, z];
    for (let i = 1; i <= steps; i++) {
      x = sx + ((tx - sx) * i) / steps;
      z = sz + ((tz - sz) * i) / steps;
      step();
    }
  }
  return { visits, end: t };
}

describe("booth visits", () => {
  it("counts an avatar that walks up to a booth and stays three seconds, once", () => {
    const tracker = new BoothVisitTracker([A, B]);
    const { visits } = walk(tracker, [[40, 40], [22, 40], { wait: 10_000 }]);
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ slotId: "booth-a", userId: "u1" });
  });

  it("dates the visit from the moment the avatar entered the area", () => {
    const tracker = new BoothVisitTracker([A]);
    const { visits } = walk(tracker, [[22, 40], { wait: 5000 }], 1_000_000);
    expect(visits[0]!.at).toBe(1_000_000);
  });

  it("does not count a stop shorter than three seconds", () => {
    const tracker = new BoothVisitTracker([A]);
    // In the area (and its leaving margin) for about 2.3 s: 0.3 s in, 1.5 s still, 0.5 s out.
    const { visits } = walk(tracker, [[40, 40], [23, 40], { wait: 1500 }, [40, 40]]);
    expect(visits).toEqual([]);
  });

  it("does not count walking past along the street, right through the booths' areas", () => {
    const tracker = new BoothVisitTracker([A, B]);
    const { visits } = walk(tracker, [[22, 20], [22, 70], [22, 20]]);
    expect(visits).toEqual([]);
  });

  it("counts again after the avatar left and came back", () => {
    const tracker = new BoothVisitTracker([A, B]);
    const { visits } = walk(tracker, [[22, 40], { wait: 4000 }, [40, 40], { wait: 1000 }, [22, 40], { wait: 4000 }]);
    expect(visits.map((v) => v.slotId)).toEqual(["booth-a", "booth-a"]);
  });

  it("counts a move from one booth to the next as a visit to each", () => {
    const tracker = new BoothVisitTracker([A, B]);
    const { visits } = walk(tracker, [[22, 40], { wait: 4000 }, [22, 50], { wait: 4000 }]);
    expect(visits.map((v) => v.slotId)).toEqual(["booth-a", "booth-b"]);
  });

  it("does not count someone standing behind the back wall", () => {
    const tracker = new BoothVisitTracker([A]);
    const { visits } = walk(tracker, [[18, 40], { wait: 10_000 }]);
    expect(visits).toEqual([]);
  });

  it("makes one visit of someone pacing along the edge of the area", () => {
    const tracker = new BoothVisitTracker([A]);
    const edge: Array<[number, number]> = [];
    for (let i = 0; i < 10; i++) edge.push([23.8, 40], [24.2, 40]);
    const { visits } = walk(tracker, [[23.8, 40], { wait: 3000 }, ...edge, { wait: 3000 }]);
    expect(visits).toHaveLength(1);
  });

  it("keeps avatars apart and forgets one that left the park", () => {
    const tracker = new BoothVisitTracker([A]);
    expect(tracker.update("s1", "u1", 22, 40, 0)).toBeNull();
    expect(tracker.update("s2", "u2", 22, 41, 1000)).toBeNull();
    tracker.remove("s1", 2000);
    expect(tracker.update("s1", "u1", 22, 40, 3000)).toBeNull();
    expect(tracker.observe([
      { sessionId: "s1", userId: "u1", x: 22, z: 40 },
      { sessionId: "s2", userId: "u2", x: 22, z: 41 },
    ], 4000)).toEqual([{ slotId: "booth-a", userId: "u2", at: 1000 }]);
  });

  it("follows a new layout: a removed slot ends the stay, a new one starts counting", () => {
    const tracker = new BoothVisitTracker([A]);
    tracker.update("s1", "u1", 22, 40, 0);
    tracker.replaceSlots([{ ...A, id: "booth-new" }]);
    expect(tracker.update("s1", "u1", 22, 40, 1000)).toBeNull();
    expect(tracker.update("s1", "u1", 22, 40, 3500)).toBeNull();
    expect(tracker.update("s1", "u1", 22, 40, 4000)).toEqual({ slotId: "booth-new", userId: "u1", at: 1000 });
  });

  it("places a thousand avatars among a hundred slots like a brute-force search would", () => {
    const slots = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, x: 10 + (i % 10) * 9, z: 10 + Math.floor(i / 10) * 9, rotation: (i % 4) * (Math.PI / 2) }));
    const tracker = new BoothVisitTracker(slots, 0);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const avatars = Array.from({ length: 1000 }, (_, i) => ({ sessionId: `a${i}`, userId: `u${i}`, x: random() * 110, z: random() * 110 }));
    const visits = tracker.observe(avatars, 0);
    const expected = avatars.flatMap((a) => {
      let best: string | null = null;
      let bestD = Infinity;
      for (const s of slots) {
        const dx = a.x - s.x, dz = a.z - s.z, d = dx * dx + dz * dz;
        const ahead = dx * Math.sin(s.rotation) + dz * Math.cos(s.rotation);
        if (d <= 16 && ahead >= -1.5 && d < bestD) { best = s.id; bestD = d; }
      }
      return best ? [{ slotId: best, userId: a.userId, at: 0 }] : [];
    });
    expect(expected.length).toBeGreaterThan(100);
    expect(visits).toEqual(expected);
  });

  describe("stays", () => {
    it("ends a counted visit as a stay when the avatar walks out of the area, from entering to leaving", () => {
      const tracker = new BoothVisitTracker([A]);
      const { end } = walk(tracker, [[22, 40], { wait: 6000 }, [40, 40], { wait: 1000 }], 1_000_000);
      const stays = tracker.takeEndedStays();
      expect(stays).toHaveLength(1);
      const [stay] = stays;
      expect(stay).toMatchObject({ kind: "booth", placeId: "booth-a", userId: "u1", fromPlaceId: null, enteredAt: 1_000_000 });
      // Out of the area and its margin (4.75 m from the booth) some 7 s after arriving, well before the end of the walk.
      expect(stay!.leftAt - stay!.enteredAt).toBeGreaterThanOrEqual(6000);
      expect(stay!.leftAt).toBeLessThan(end);
      expect(tracker.takeEndedStays()).toEqual([]);
    });

    it("has no stay for a stop too short to count as a visit", () => {
      const tracker = new BoothVisitTracker([A]);
      walk(tracker, [[40, 40], [23, 40], { wait: 1500 }, [40, 40]]);
      expect(tracker.takeEndedStays()).toEqual([]);
    });

    it("ends the stay when the avatar leaves the park while at the booth, and when it moves to the next booth", () => {
      const tracker = new BoothVisitTracker([A, B]);
      tracker.update("s1", "u1", 22, 40, 0);
      tracker.update("s1", "u1", 22, 40, 3000);
      tracker.update("s1", "u1", 22, 50, 4000);
      tracker.update("s1", "u1", 22, 50, 8000);
      tracker.remove("s1", 9000);
      tracker.remove("s2", 9000); // never seen: nothing
      expect(tracker.takeEndedStays()).toEqual([
        { kind: "booth", placeId: "booth-a", userId: "u1", fromPlaceId: null, enteredAt: 0, leftAt: 4000 },
        { kind: "booth", placeId: "booth-b", userId: "u1", fromPlaceId: null, enteredAt: 4000, leftAt: 9000 },
      ]);
    });

    it("ends the stay at a slot the new layout no longer has at the avatar's next update", () => {
      const tracker = new BoothVisitTracker([A]);
      tracker.update("s1", "u1", 22, 40, 0);
      tracker.update("s1", "u1", 22, 40, 3000);
      tracker.replaceSlots([]);
      tracker.update("s1", "u1", 22, 40, 3500);
      expect(tracker.takeEndedStays()).toEqual([{ kind: "booth", placeId: "booth-a", userId: "u1", fromPlaceId: null, enteredAt: 0, leftAt: 3500 }]);
    });
  });
});
