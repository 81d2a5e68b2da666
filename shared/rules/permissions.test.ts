import { describe, expect, it } from "vitest";
import { can } from "./permissions.ts";

describe("permissions", () => {
  it("lets everyone enter a park", () => {
    expect(can("guest", "park.enter")).toBe(true);
    expect(can("resident", "park.enter")).toBe(true);
  });
  it("keeps park editing and the dashboard for managers", () => {
    expect(can("resident", "park.edit")).toBe(false);
    expect(can("guest", "dashboard.view")).toBe(false);
    expect(can("manager", "park.edit")).toBe(true);
    expect(can("manager", "dashboard.view")).toBe(true);
  });
  it("keeps guests from editing a profile", () => {
    expect(can("guest", "profile.edit")).toBe(false);
  });
});
