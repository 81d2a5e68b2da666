import { describe, expect, it } from "vitest";
import { EVENTS_BOARD_BAR, EVENTS_BOARD_CANVAS, eventsBoardSlots, slotAtUv, slotCentreUv } from "./eventsBoardPainter.ts";

describe("eventsBoardPainter's layout", () => {
  it("stacks now above next below the title bar, inside the face", () => {
    const [now, next] = eventsBoardSlots();
    expect(now?.slot).toBe("now");
    expect(next?.slot).toBe("next");
    expect(now!.top).toBeGreaterThan(EVENTS_BOARD_BAR);
    expect(next!.top).toBeGreaterThan(now!.top + now!.height);
    expect(next!.top + next!.height).toBeLessThan(EVENTS_BOARD_CANVAS.height);
  });

  it("finds the card under a click, and nothing on the title bar or the margins", () => {
    for (const box of eventsBoardSlots()) {
      const { u, v } = slotCentreUv(box);
      expect(slotAtUv(u, v)).toBe(box.slot);
    }
    expect(slotAtUv(0.5, 0.98)).toBeNull();
    expect(slotAtUv(0.005, 0.5)).toBeNull();
  });
});
