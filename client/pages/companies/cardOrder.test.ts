import { describe, expect, it } from "vitest";
import type { BusinessCard } from "../../../shared/protocol/companies.ts";
import { sortCards } from "./cardOrder.ts";

const card = (id: string, createdAt: string, read: boolean): BusinessCard => ({
  id, fromUserId: null, profile: { displayName: id, bio: "", skills: [], companies: [] }, note: "", parkId: null, slotId: null, createdAt, read,
});

describe("the card inbox", () => {
  it("shows unread cards first, newest first", () => {
    const sorted = sortCards([
      card("old-read", "2026-03-01T10:00:00Z", true),
      card("old-unread", "2026-03-01T09:00:00Z", false),
      card("new-read", "2026-03-05T10:00:00Z", true),
      card("new-unread", "2026-03-04T10:00:00Z", false),
    ]);
    expect(sorted.map((c) => c.id)).toEqual(["new-unread", "old-unread", "new-read", "old-read"]);
  });
});
