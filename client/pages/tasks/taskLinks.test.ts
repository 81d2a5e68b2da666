import { describe, expect, it } from "vitest";
import { parseLinks } from "./taskLinks.ts";

describe("parseLinks", () => {
  it("takes http(s) addresses, one a line, once each", () => {
    expect(parseLinks("https://example.com/report.pdf\n http://files.example.org/a \nhttps://example.com/report.pdf")).toEqual({
      ok: true, links: ["https://example.com/report.pdf", "http://files.example.org/a"],
    });
    expect(parseLinks("  ")).toEqual({ ok: true, links: [] });
  });
  it("refuses anything that is not http(s)", () => {
    expect(parseLinks("javascript:alert(1)")).toEqual({ ok: false, bad: "javascript:alert(1)" });
    expect(parseLinks("example.com")).toEqual({ ok: false, bad: "example.com" });
  });
});
