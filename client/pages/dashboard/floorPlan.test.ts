import { describe, expect, it } from "vitest";
import { cellAt, labelPoint, planFit } from "./floorPlan.ts";

describe("floor plan geometry", () => {
  it("fits the park's width into the canvas and keeps its proportions", () => {
    expect(planFit({ width: 300, depth: 150 }, 600)).toEqual({ scale: 2, height: 300 });
    expect(planFit({ width: 160, depth: 160 }, 480)).toEqual({ scale: 3, height: 480 });
  });

  it("finds the heat cell under a point, from the park's corner", () => {
    const park = { width: 300, depth: 300 };
    // 2 px per metre, 2 m cells: pixel (301, 10) is x 150.5 m, z 5 m.
    expect(cellAt(301, 10, 2, 2, park)).toEqual({ cx: 75, cz: 2 });
    expect(cellAt(0, 0, 2, 2, park)).toEqual({ cx: 0, cz: 0 });
    expect(cellAt(599.9, 599.9, 2, 2, park)).toEqual({ cx: 149, cz: 149 });
    expect(cellAt(600, 10, 2, 2, park)).toBeNull();
    expect(cellAt(-1, 10, 2, 2, park)).toBeNull();
  });

  it("writes a zone's name at the mean of its corners", () => {
    expect(labelPoint([[0, 0], [10, 0], [10, 20], [0, 20]])).toEqual([5, 10]);
  });
});
