import { describe, expect, it } from "vitest";
import { lastReached, taskSteps } from "./taskSteps.ts";

const states = (r: ReturnType<typeof taskSteps>) => r.steps.map((s) => `${s.step}:${s.state}`);

describe("taskSteps", () => {
  it("marks the steps before the status done and the status current", () => {
    expect(states(taskSteps("assigned"))).toEqual(["draft:done", "open:done", "assigned:current", "delivered:upcoming", "accepted:upcoming"]);
    expect(taskSteps("assigned").off).toBeNull();
  });
  it("shows an accepted task with every step done", () => {
    expect(taskSteps("accepted").steps.every((s) => s.state === "done")).toBe(true);
  });
  it("shows a cancelled or disputed task off the path, with the steps it reached", () => {
    const cancelled = taskSteps("cancelled", "open");
    expect(cancelled.off).toBe("cancelled");
    expect(states(cancelled)).toEqual(["draft:done", "open:done", "assigned:upcoming", "delivered:upcoming", "accepted:upcoming"]);
    expect(taskSteps("disputed", "delivered").off).toBe("disputed");
  });
});

describe("lastReached", () => {
  it("finds the last happy status in the history", () => {
    expect(lastReached([
      { fromStatus: null, toStatus: "open" },
      { fromStatus: "open", toStatus: "assigned" },
      { fromStatus: "assigned", toStatus: "delivered" },
      { fromStatus: "delivered", toStatus: "disputed" },
    ])).toBe("delivered");
    expect(lastReached([])).toBeNull();
  });
});
