import { describe, expect, it } from "vitest";
import { slotLabel } from "./boothPlace.ts";

describe("a booth slot's name", () => {
  it("is its number when the id ends in one", () => {
    expect(slotLabel("booth-3")).toBe("3");
    expect(slotLabel("hall-a-012")).toBe("12");
  });

  it("is the id otherwise", () => {
    expect(slotLabel("corner")).toBe("corner");
  });
});
