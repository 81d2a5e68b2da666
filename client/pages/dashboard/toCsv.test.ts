import { describe, expect, it } from "vitest";
import { toCsv } from "./toCsv.ts";

const body = (csv: string) => csv.slice(1);

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends lines with CRLF", () => {
    const csv = toCsv(["zone", "visits"], [["广场", 12]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(body(csv)).toBe("zone,visits\r\n广场,12\r\n");
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("quotes fields with commas, quotes and line breaks, doubling the quotes", () => {
    expect(body(toCsv(["a", "b", "c"], [["Nova, Inc.", 'the "X1"', "line one\nline two"]])))
      .toBe('a,b,c\r\n"Nova, Inc.","the ""X1""","line one\nline two"\r\n');
    expect(body(toCsv(["a"], [["carriage\rreturn"], [" padded "]]))).toBe('a\r\n"carriage\rreturn"\r\n" padded "\r\n');
  });

  it("writes numbers plainly whatever the locale, and nothing for missing values", () => {
    expect(body(toCsv(["n"], [[1234567], [12.5], [0.1 + 0.2], [-3], [null], [undefined], [Number.NaN]])))
      .toBe("n\r\n1234567\r\n12.5\r\n0.3\r\n-3\r\n\r\n\r\n\r\n");
  });

  it("keeps a text that looks like a formula from running in a spreadsheet", () => {
    expect(body(toCsv(["title"], [["=HYPERLINK(\"x\")"], ["+1"], ["@sum"], ["-2"]])))
      .toBe("title\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n'+1\r\n'@sum\r\n'-2\r\n");
  });

  it("has just the header when there are no rows", () => {
    expect(body(toCsv(["day", "active people"], []))).toBe("day,active people\r\n");
  });
});
