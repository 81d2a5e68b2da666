import { describe, expect, it } from "vitest";
import { ParkRangeQuery } from "../../shared/protocol/dashboard.ts";
import { parkRangeQuery } from "./dashboardApi.ts";

describe("park chart queries", () => {
  it("writes weekdays and hours as the server reads them, and leaves out filters that filter nothing", () => {
    const q = parkRangeQuery({ parkId: "home", from: "2026-11-17", to: "2026-11-23", weekdays: [5, 1, 3], hours: { from: 8, to: 18 } });
    expect(q).toBe("parkId=home&from=2026-11-17&to=2026-11-23&weekdays=1%2C3%2C5&hours=8-18");
    expect(ParkRangeQuery.parse(Object.fromEntries(new URLSearchParams(q)))).toEqual({
      parkId: "home", from: "2026-11-17", to: "2026-11-23", weekdays: [1, 3, 5], hours: { from: 8, to: 18 },
    });
    expect(parkRangeQuery({ parkId: "home", from: "2026-11-23", to: "2026-11-23", weekdays: [1, 2, 3, 4, 5, 6, 7], hours: { from: 0, to: 23 } }))
      .toBe("parkId=home&from=2026-11-23&to=2026-11-23");
    expect(parkRangeQuery({ parkId: "home", from: "2026-11-23", to: "2026-11-23", weekdays: [] })).toBe("parkId=home&from=2026-11-23&to=2026-11-23");
  });
});
