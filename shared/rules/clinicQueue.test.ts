import { describe, expect, it } from "vitest";
import { nextInQueue, queuePlaces } from "./clinicQueue.ts";

describe("clinic queue places", () => {
  it("numbers tickets from the lowest, whatever order they come in", () => {
    const places = queuePlaces([7, 3, 5], 10);
    expect(places.get(3)).toEqual({ place: 1, waitMinutes: 10 });
    expect(places.get(5)).toEqual({ place: 2, waitMinutes: 20 });
    expect(places.get(7)).toEqual({ place: 3, waitMinutes: 30 });
  });

  it("moves everyone up when the first is called", () => {
    const before = queuePlaces([1, 2, 3], 15);
    const after = queuePlaces([2, 3], 15);
    expect(before.get(3)?.place).toBe(3);
    expect(after.get(3)).toEqual({ place: 2, waitMinutes: 30 });
    expect(after.has(1)).toBe(false);
  });

  it("is empty for an empty queue and ignores the 0 of people not queued", () => {
    expect(queuePlaces([], 15).size).toBe(0);
    expect([...queuePlaces([0, 4, 0], 15).keys()]).toEqual([4]);
  });

  it("counts a pace below a minute, or a fractional one, as whole minutes of at least one", () => {
    expect(queuePlaces([1, 2], 0).get(2)?.waitMinutes).toBe(2);
    expect(queuePlaces([1], 12.6).get(1)?.waitMinutes).toBe(13);
  });

  it("collapses a duplicated ticket to one place", () => {
    const places = queuePlaces([2, 2, 9], 5);
    expect(places.size).toBe(2);
    expect(places.get(9)?.place).toBe(2);
  });
});

describe("next in the queue", () => {
  it("is the lowest ticket held", () => {
    expect(nextInQueue([4, 2, 9])).toBe(2);
    expect(nextInQueue([0, 0, 6])).toBe(6);
  });
  it("is null when nobody queues", () => {
    expect(nextInQueue([])).toBeNull();
    expect(nextInQueue([0])).toBeNull();
  });
});
