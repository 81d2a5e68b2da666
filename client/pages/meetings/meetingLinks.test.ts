import { describe, expect, it } from "vitest";
import { parseRoute } from "../../router.ts";
import { bookingPath, roomsPath } from "./meetingLinks.ts";

describe("meeting links", () => {
  it("address the booking form with its query, and the rooms of a park", () => {
    const to = bookingPath({ task: "t1", with: "u 2" });
    expect(to).toBe("/meetings/new?task=t1&with=u+2");
    expect(parseRoute(new URL(to, "http://x").pathname)).toEqual({ name: "meeting-new" });
    expect(roomsPath("home")).toBe("/rooms?park=home");
  });
});
