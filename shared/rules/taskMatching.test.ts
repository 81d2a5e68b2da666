import { describe, expect, it } from "vitest";
import { activityScore, bayesianStars, expertScore, sharedSkills, taskScore, type MatchCandidate } from "./taskMatching.ts";

const now = new Date("2026-11-20T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 3600 * 1000);
const task = { category: "automation", skills: ["PLC", "EtherCAT", "机器视觉"] };
const base: MatchCandidate = { skills: [], expertFields: [], ratingSum: 0, ratingCount: 0, activity: [] };

describe("expertScore", () => {
  it("matches skills whatever their case, and keeps the task's spelling", () => {
    expect(sharedSkills(task, ["plc", " ethercat ", "CAD"])).toEqual(["PLC", "EtherCAT"]);
  });

  it("ranks someone with the task's skills above someone without", () => {
    const fits = expertScore(task, { ...base, skills: ["plc", "机器视觉"] }, now);
    const misses = expertScore(task, { ...base, skills: ["面料开发"] }, now);
    expect(fits).toBeGreaterThan(misses);
  });

  it("counts certification in the task's category as fit", () => {
    const certified = expertScore(task, { ...base, expertFields: ["automation"] }, now);
    const otherField = expertScore(task, { ...base, expertFields: ["design"] }, now);
    expect(certified).toBeGreaterThan(otherField);
  });

  it("does not let one 5-star rating beat twenty ratings of 4.8", () => {
    expect(bayesianStars(5, 1)).toBeLessThan(bayesianStars(96, 20));
    const lucky = expertScore(task, { ...base, ratingSum: 5, ratingCount: 1 }, now);
    const steady = expertScore(task, { ...base, ratingSum: 96, ratingCount: 20 }, now);
    expect(steady).toBeGreaterThan(lucky);
  });

  it("prefers people active lately, and forgets activity older than 90 days", () => {
    expect(activityScore([daysAgo(2), daysAgo(5)], now)).toBeGreaterThan(activityScore([daysAgo(60), daysAgo(70)], now));
    expect(activityScore([daysAgo(91), daysAgo(200)], now)).toBe(0);
    expect(activityScore(Array.from({ length: 50 }, () => daysAgo(1)), now)).toBe(1);
  });

  it("keeps fit first: a well-rated, busy person in the wrong trade ranks below a quiet one with the skills", () => {
    const wrongTrade = expertScore(task, { ...base, skills: ["面料开发"], ratingSum: 100, ratingCount: 20, activity: Array.from({ length: 10 }, () => daysAgo(1)) }, now);
    const rightTrade = expertScore(task, { ...base, skills: ["PLC", "EtherCAT", "机器视觉"], expertFields: ["automation"] }, now);
    expect(rightTrade).toBeGreaterThan(wrongTrade);
    expect(rightTrade).toBeLessThanOrEqual(1);
    expect(wrongTrade).toBeGreaterThanOrEqual(0);
  });
});

describe("taskScore", () => {
  const open = { ...task, applications: 0, maxApplications: 20, publishedAt: daysAgo(1) };
  it("suggests tasks in the person's trade first", () => {
    const person = { skills: ["PLC"], expertFields: [] };
    expect(taskScore(open, person, now)).toBeGreaterThan(taskScore({ ...open, skills: ["UG NX"], category: "design" }, person, now));
  });

  it("prefers fresh tasks with room left", () => {
    const person = { skills: ["PLC"], expertFields: [] };
    expect(taskScore(open, person, now)).toBeGreaterThan(taskScore({ ...open, applications: 19, publishedAt: daysAgo(30) }, person, now));
  });
});
