import { describe, expect, it } from "vitest";
import { deckTitle, ENCODE_ATTEMPTS, isPdf, SLIDE_WIDTH_PX, slideScale } from "./slideEncoding.ts";

describe("slideScale", () => {
  it("draws a landscape slide SLIDE_WIDTH_PX wide", () => {
    expect(960 * slideScale(960, 540)).toBeCloseTo(SLIDE_WIDTH_PX);
  });
  it("holds a portrait page to the same height instead", () => {
    const s = slideScale(595, 842);
    expect(842 * s).toBeCloseTo(1600);
    expect(595 * s).toBeLessThan(SLIDE_WIDTH_PX);
  });
  it("answers 1 for a page without a size", () => {
    expect(slideScale(0, 100)).toBe(1);
  });
});

describe("ENCODE_ATTEMPTS", () => {
  it("only ever gets smaller", () => {
    for (let i = 1; i < ENCODE_ATTEMPTS.length; i++) {
      const [a, b] = [ENCODE_ATTEMPTS[i - 1]!, ENCODE_ATTEMPTS[i]!];
      expect(b.quality * b.shrink).toBeLessThan(a.quality * a.shrink);
    }
  });
});

describe("isPdf and deckTitle", () => {
  it("knows a PDF by type or by name", () => {
    expect(isPdf({ type: "application/pdf", name: "x" })).toBe(true);
    expect(isPdf({ type: "", name: "Roadmap.PDF" })).toBe(true);
    expect(isPdf({ type: "image/png", name: "a.pdf.png" })).toBe(false);
  });
  it("titles a deck after its file", () => {
    expect(deckTitle("Q3 roadmap.pdf", "Slides")).toBe("Q3 roadmap");
    expect(deckTitle(".pdf", "Slides")).toBe("Slides");
    expect(deckTitle(`${"a".repeat(100)}.png`, "Slides")).toHaveLength(80);
  });
});
