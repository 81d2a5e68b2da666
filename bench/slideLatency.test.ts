import { describe, expect, it } from "vitest";
import { slideLatencies } from "./slideLatency.ts";

const seen = (page: number, received: number) => ({ page, received, at: received });

describe("slideLatencies", () => {
  it("times each turn to its last audience member and keeps every delivery", () => {
    const turns = [{ page: 1, sentAt: 1000 }, { page: 2, sentAt: 3000 }];
    const a = [seen(0, 500), seen(1, 1010), seen(2, 3020)];
    const b = [seen(1, 1050), seen(2, 3005)];
    expect(slideLatencies(turns, [a, b])).toEqual({ toLast: [50, 20], all: [10, 50, 20, 5], missed: 0 });
  });

  it("takes the first sighting after the send, not an earlier pass through the deck or a later resend", () => {
    const turns = [{ page: 0, sentAt: 10_000 }];
    const a = [seen(0, 100), seen(0, 10_030), seen(0, 12_000)];
    expect(slideLatencies(turns, [a]).toLast).toEqual([30]);
  });

  it("counts deliveries that never came and leaves that turn out of the time to the last", () => {
    const turns = [{ page: 3, sentAt: 0 }, { page: 4, sentAt: 2000 }];
    const a = [seen(3, 10), seen(4, 2010)];
    const b = [seen(3, 15)];
    expect(slideLatencies(turns, [a, b])).toEqual({ toLast: [15], all: [10, 15, 10], missed: 1 });
  });
});
