import { describe, expect, it } from "vitest";
import type { CompanyReport, ParkReport, PersonReport } from "../protocol/reports.ts";
import { chooseKeywords, companyKeywords, parkKeywords, personKeywords } from "./reportKeywords.ts";

const quietPerson: Omit<PersonReport, "keywords"> = {
  year: 2026, userId: "00000000-0000-4000-8000-000000000001", displayName: "Ann",
  secondsInPark: 0, daysInPark: 0, lateEvenings: 0, favouriteZones: [], favouriteBooths: [],
  tasks: { posted: 0, taken: 0, completed: 0 }, ratings: { received: 0, average: null, given: 0 }, eventsAttended: 0, meetingsHeld: 0,
};
const zone = (zoneId: string) => ({ parkId: "home", zoneId, name: { "zh-CN": zoneId, en: zoneId }, seconds: 60 });
const booth = (slotId: string) => ({ parkId: "home", slotId, companyId: null, companyName: null, visits: 1 });

describe("choosing keywords", () => {
  it("puts the strongest first and keeps the written order on ties", () => {
    expect(chooseKeywords([
      { keyword: "regular", value: 20, threshold: 20 },
      { keyword: "night-owl", value: 15, threshold: 5 },
      { keyword: "host", value: 6, threshold: 3 },
      { keyword: "explorer", value: 40, threshold: 20 },
    ])).toEqual(["night-owl", "host", "explorer", "regular"]);
  });

  it("says at most five", () => {
    const many = (["night-owl", "regular", "explorer", "task-maker", "task-taker", "host"] as const).map((keyword, i) => ({ keyword, value: 10 + i, threshold: 1 }));
    expect(chooseKeywords(many)).toEqual(["host", "task-taker", "task-maker", "explorer", "regular"]);
  });

  it("tops a short list up to three with keywords at least halfway there, never below half", () => {
    expect(chooseKeywords([
      { keyword: "night-owl", value: 5, threshold: 5 },
      { keyword: "regular", value: 12, threshold: 20 },
      { keyword: "host", value: 2, threshold: 3 },
      { keyword: "explorer", value: 1, threshold: 5 },
    ])).toEqual(["night-owl", "host", "regular"]);
    expect(chooseKeywords([{ keyword: "regular", value: 9, threshold: 20 }])).toEqual([]);
  });

  it("does not top up when three are earned", () => {
    expect(chooseKeywords([
      { keyword: "night-owl", value: 5, threshold: 5 },
      { keyword: "regular", value: 20, threshold: 20 },
      { keyword: "host", value: 3, threshold: 3 },
      { keyword: "explorer", value: 4, threshold: 5 },
    ])).toEqual(["night-owl", "regular", "host"]);
  });
});

describe("a person's keywords", () => {
  it("gives none to a year without activity, even to a newcomer", () => {
    expect(personKeywords(quietPerson, { joinedInYear: true })).toEqual([]);
  });

  it("calls five late evenings a night owl, and three completed tasks a task-taker", () => {
    const busy = { ...quietPerson, secondsInPark: 3600 * 30, daysInPark: 10, lateEvenings: 10, tasks: { posted: 0, taken: 3, completed: 3 } };
    // night owl ×2; task-taker ×1; reliable 3/2 = ×1.5; regular 10/20 halfway: not needed, three are earned.
    expect(personKeywords(busy, { joinedInYear: false })).toEqual(["night-owl", "reliable", "task-taker"]);
    expect(personKeywords({ ...busy, lateEvenings: 4 }, { joinedInYear: false })).toEqual(["reliable", "task-taker", "night-owl"]);
  });

  it("is reliable only when every task taken was completed", () => {
    const r = { ...quietPerson, secondsInPark: 60, daysInPark: 1, tasks: { posted: 0, taken: 4, completed: 3 } };
    expect(personKeywords(r, { joinedInYear: false })).not.toContain("reliable");
  });

  it("is well rated with three ratings averaging 4.5 or more", () => {
    const rated = { ...quietPerson, secondsInPark: 60, daysInPark: 1, ratings: { received: 3, average: 4.67, given: 0 } };
    expect(personKeywords(rated, { joinedInYear: false })).toContain("well-rated");
    expect(personKeywords({ ...rated, ratings: { received: 3, average: 4.33, given: 0 } }, { joinedInYear: false })).not.toContain("well-rated");
  });

  it("names a newcomer, an explorer and a connector", () => {
    const r = {
      ...quietPerson, secondsInPark: 7200, daysInPark: 2, favouriteZones: [zone("plaza"), zone("cafe"), zone("green")],
      favouriteBooths: [booth("booth-1"), booth("booth-2")], eventsAttended: 1, meetingsHeld: 1, tasks: { posted: 1, taken: 0, completed: 0 },
    };
    expect(personKeywords(r, { joinedInYear: true })).toEqual(["explorer", "connector", "newcomer"]);
  });
});

describe("a company's keywords", () => {
  const quiet: Omit<CompanyReport, "keywords"> = {
    year: 2026, companyId: "00000000-0000-4000-8000-000000000002", name: "Acme", booth: { visits: 0, visitors: 0, totalDwellSeconds: 0 },
    busiestMonth: null, tasks: { posted: 0, completed: 0 }, ratings: { received: 0, average: null }, events: { held: 0, attendees: 0 },
  };

  it("gives none without activity", () => {
    expect(companyKeywords(quiet, { createdInYear: true })).toEqual([]);
  });

  it("ranks a crowd-puller, a host and a community builder by how far past their thresholds they are", () => {
    const r = { ...quiet, booth: { visits: 200, visitors: 90, totalDwellSeconds: 9000 }, busiestMonth: 5, events: { held: 3, attendees: 45 }, tasks: { posted: 4, completed: 1 } };
    expect(companyKeywords(r, { createdInYear: false })).toEqual(["crowd-puller", "host", "community-builder", "task-maker"]);
  });
});

describe("a park's keywords", () => {
  const quiet: Omit<ParkReport, "keywords"> = {
    year: 2026, parkId: "home", name: { "zh-CN": "园区", en: "Park" }, people: 0, newPeople: 0, hoursInPark: 0, busiestDay: null, topZones: [],
    tasks: { posted: 0, completed: 0 }, events: { held: 0, attendees: 0 },
  };

  it("gives none to an empty park", () => {
    expect(parkKeywords({ ...quiet, newPeople: 10 })).toEqual([]);
  });

  it("calls a full day a busy park and many new faces newcomers", () => {
    const r = { ...quiet, people: 300, newPeople: 150, hoursInPark: 900, busiestDay: { day: "2026-05-01", people: 120 }, tasks: { posted: 25, completed: 10 } };
    // busy 2.4, newcomer 0.5/0.3 = 1.67, crowd 1.5, tasks 1.25
    expect(parkKeywords(r)).toEqual(["busy-park", "newcomer", "crowd-puller", "task-maker"]);
  });
});
