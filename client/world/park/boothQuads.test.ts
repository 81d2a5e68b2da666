import { describe, expect, it } from "vitest";
import { boothQuads, gridCell, quadCorners } from "./boothQuads.ts";

const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 6));

describe("booth sign quads", () => {
  it("stand on the booth's front, turned with the booth", () => {
    const rect = { x: 0, y: 3, z: 1, width: 4, height: 1 };
    const [bl, br, tr, tl] = quadCorners({ x: 10, z: 20, rotation: 0 }, rect);
    close(bl!, [8, 2.5, 21]);
    close(br!, [12, 2.5, 21]);
    close(tr!, [12, 3.5, 21]);
    close(tl!, [8, 3.5, 21]);
    // Turned half a circle, the front faces −z: its left is now towards +x, seen from the street.
    const turned = quadCorners({ x: 10, z: 20, rotation: Math.PI }, rect);
    close(turned[0]!, [12, 2.5, 19]);
    close(turned[1]!, [8, 2.5, 19]);
    // A quarter turn faces +x.
    const east = quadCorners({ x: 0, z: 0, rotation: Math.PI / 2 }, rect);
    close(east[0]!, [1, 2.5, 2]);
  });

  it("map each booth to its own cell of the atlas", () => {
    expect(gridCell(0, 4, 2)).toEqual({ u0: 0, u1: 0.25, v0: 0.5, v1: 1 });
    expect(gridCell(5, 4, 2)).toEqual({ u0: 0.25, u1: 0.5, v0: 0, v1: 0.5 });
    const g = boothQuads(
      [{ x: 0, z: 0, rotation: 0 }, { x: 10, z: 0, rotation: 0 }],
      { x: 0, y: 1, z: 0, width: 2, height: 1 },
      [gridCell(0, 2, 1), gridCell(1, 2, 1)],
    );
    expect(g.getAttribute("position").count).toBe(8);
    expect(g.getIndex()!.count).toBe(12);
    expect(Array.from(g.getAttribute("uv").array.slice(8, 16))).toEqual([0.5, 0, 1, 0, 1, 1, 0.5, 1]);
  });
});
