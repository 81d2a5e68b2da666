import { describe, expect, it } from "vitest";
import { BOARD_UNITS, STROKE_POINTS_MAX, StrokeMessage } from "../../../shared/protocol/meetingMessages.ts";
import { strokeToWire } from "./strokePoints.ts";

describe("strokeToWire", () => {
  it("turns fractions into whole board units, clamped to the board", () => {
    expect(strokeToWire([{ x: 0, y: 0 }, { x: 0.5, y: 0.25 }, { x: 1.2, y: -0.1 }])).toEqual([0, 0, 5000, 2500, BOARD_UNITS, 0]);
  });

  it("drops points that barely moved but keeps where the line ended", () => {
    const wire = strokeToWire([{ x: 0.1, y: 0.1 }, { x: 0.1001, y: 0.1 }, { x: 0.1002, y: 0.1 }, { x: 0.1005, y: 0.1 }]);
    expect(wire).toEqual([1000, 1000, 1005, 1000]);
  });

  it("is empty when nothing was drawn, and a single tap is one point", () => {
    expect(strokeToWire([])).toEqual([]);
    expect(strokeToWire([{ x: 0.3, y: 0.3 }])).toEqual([3000, 3000]);
  });

  it("thins a long line evenly to the limit, keeping both ends, and the result passes the wire schema", () => {
    const long = Array.from({ length: 5000 }, (_, i) => ({ x: i / 4999, y: (i % 2) * 0.01 + 0.5 }));
    const wire = strokeToWire(long);
    expect(wire.length).toBe(STROKE_POINTS_MAX * 2);
    expect(wire.slice(0, 2)).toEqual([0, 5000]);
    expect(wire[wire.length - 2]).toBe(BOARD_UNITS);
    expect(StrokeMessage.safeParse({ colour: "#1f2937", width: 4, points: wire }).success).toBe(true);
  });

  it("ignores points that are not numbers rather than sending NaN", () => {
    expect(strokeToWire([{ x: Number.NaN, y: 0.5 }, { x: 0.5, y: 0.5 }])).toEqual([0, 5000, 5000, 5000]);
  });
});
