import { describe, expect, it } from "vitest";
import { CLOSE_STAGE_ENDED, CLOSE_STAGE_REMOVED, CLOSE_STAGE_REPLACED } from "../../shared/protocol/stageMessages.ts";
import { doorsOpenAt, stageClosing, stageRefusal } from "./stageView.ts";

describe("stage door", () => {
  it("words each refusal", () => {
    expect([404, 409, 425, 410, 403, 401, 500].map(stageRefusal))
      .toEqual(["not-found", "not-approved", "not-open", "over", "removed", "sign-in", "other"]);
  });
  it("words each closing", () => {
    expect([CLOSE_STAGE_REMOVED, CLOSE_STAGE_REPLACED, CLOSE_STAGE_ENDED, 1006, null].map(stageClosing))
      .toEqual(["removed", "replaced", "ended", "lost", "lost"]);
  });
  it("says when the doors open", () => {
    expect(doorsOpenAt("2026-11-23T10:00:00Z", 30)?.toISOString()).toBe("2026-11-23T09:30:00.000Z");
    expect(doorsOpenAt("nonsense", 30)).toBeNull();
  });
});
