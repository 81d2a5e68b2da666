import { describe, expect, it } from "vitest";
import { displayUrl, safeHttpUrl } from "./safeLink.ts";

describe("links on a company's page", () => {
  it("keeps http and https addresses", () => {
    expect(safeHttpUrl("https://example.com/about")).toBe("https://example.com/about");
    expect(safeHttpUrl(" http://example.com ")).toBe("http://example.com/");
    expect(safeHttpUrl("HTTPS://Example.com/Video")).toBe("https://example.com/Video");
  });

  it("drops anything a click could run or that leads nowhere", () => {
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<script>alert(1)</script>")).toBeNull();
    expect(safeHttpUrl("/api/images/1")).toBeNull();
    expect(safeHttpUrl("example.com")).toBeNull();
    expect(safeHttpUrl("ftp://example.com")).toBeNull();
    expect(safeHttpUrl("")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });

  it("shows an address without its scheme", () => {
    expect(displayUrl("https://example.com/")).toBe("example.com");
    expect(displayUrl("http://example.com/video/1")).toBe("example.com/video/1");
  });
});
