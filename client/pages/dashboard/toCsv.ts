/**
 * Rows as a CSV file that Excel and Numbers open as they are (RFC 4180): fields with a comma,
 * quote or line break are quoted with quotes doubled, lines end in CRLF, and the text starts with
 * a UTF-8 byte-order mark, without which Excel reads UTF-8 as the local code page and shows
 * Chinese names as mojibake.
 */

export type CsvCell = string | number | null | undefined;

const BOM = "\uFEFF";
/** A text starting like a formula would run as one when a spreadsheet opens the file (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    // No grouping, a point as decimal separator, whatever the viewer's locale; nothing for NaN or ∞.
    return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : "";
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of a header line and its rows. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
