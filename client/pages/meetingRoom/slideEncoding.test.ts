import { describe, expect, it } from "vitest";
import { deckTitle, ENCODE_ATTEMPTS, isPdf, SLIDE_WIDTH_PX, slideScale, sortSlideFiles } from "./slideEncoding.ts";

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

describe("sortSlideFiles", () => {
  const TYPES = ["image/png", "image/jpeg"];
  const f = (name: string, type: string, size = 10) => ({ name, type, size });
  it("takes one PDF alone", () => {
    expect(sortSlideFiles([f("a.pdf", "application/pdf")], TYPES, 100)).toEqual({ kind: "pdf", file: f("a.pdf", "application/pdf") });
    expect(sortSlideFiles([f("a.pdf", "application/pdf"), f("b.png", "image/png")], TYPES, 100)).toEqual({ kind: "problem", problem: "one-pdf" });
  });
  it("orders pictures by their names, numbers as numbers", () => {
    const sorted = sortSlideFiles([f("slide-10.png", "image/png"), f("slide-2.png", "image/png"), f("slide-1.jpg", "image/jpeg")], TYPES, 100);
    expect(sorted.kind === "images" && sorted.files.map((x) => x.name)).toEqual(["slide-1.jpg", "slide-2.png", "slide-10.png"]);
  });
  it("names the file that cannot be a slide", () => {
    expect(sortSlideFiles([f("a.png", "image/png"), f("notes.txt", "text/plain")], TYPES, 100)).toEqual({ kind: "problem", problem: "bad-file", name: "notes.txt" });
    expect(sortSlideFiles([f("huge.png", "image/png", 101)], TYPES, 100)).toEqual({ kind: "problem", problem: "too-big", name: "huge.png" });
    expect(sortSlideFiles([], TYPES, 100)).toEqual({ kind: "problem", problem: "none" });
  });
});
