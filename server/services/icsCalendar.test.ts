import { describe, expect, it } from "vitest";
import { icsCalendar, icsEscape, icsFold, icsTime } from "./icsCalendar.ts";

describe("icsCalendar", () => {
  it("writes times in UTC", () => {
    expect(icsTime(new Date("2026-11-23T09:05:07+08:00"))).toBe("20261123T010507Z");
  });

  it("escapes backslashes, semicolons, commas and newlines", () => {
    expect(icsEscape("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds lines at 75 octets without splitting a character", () => {
    const ascii = `SUMMARY:${"x".repeat(200)}`;
    const folded = icsFold(ascii);
    const lines = folded.split("\r\n");
    expect(lines[0]).toHaveLength(75);
    for (const l of lines.slice(1)) {
      expect(l.startsWith(" ")).toBe(true);
      expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    }
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(ascii);

    const chinese = `SUMMARY:${"发布会".repeat(30)}`;
    const parts = icsFold(chinese).split("\r\n");
    for (const l of parts) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(parts.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(chinese);
    expect(icsFold("SHORT:1")).toBe("SHORT:1");
  });

  it("writes one event in one calendar with CRLF lines", () => {
    const text = icsCalendar({
      uid: "e1@enclave", stamp: new Date("2026-11-01T00:00:00Z"), startsAt: new Date("2026-11-23T01:00:00Z"), endsAt: new Date("2026-11-23T02:30:00Z"),
      summary: "Launch; new, shiny", description: "Line one\nLine two", location: "Home · launch hall", url: "http://x/events/e1", status: "CONFIRMED",
    });
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.split("\r\n");
    expect(lines.slice(0, 2)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0"]);
    expect(lines).toContain("UID:e1@enclave");
    expect(lines).toContain("DTSTAMP:20261101T000000Z");
    expect(lines).toContain("DTSTART:20261123T010000Z");
    expect(lines).toContain("DTEND:20261123T023000Z");
    expect(lines).toContain("SUMMARY:Launch\\; new\\, shiny");
    expect(lines).toContain("DESCRIPTION:Line one\\nLine two");
    expect(lines).toContain("URL:http://x/events/e1");
    expect(lines.indexOf("BEGIN:VEVENT")).toBeLessThan(lines.indexOf("END:VEVENT"));
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });
});
