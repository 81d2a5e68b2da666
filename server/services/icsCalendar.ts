/**
 * An event as an iCalendar file (RFC 5545): one VCALENDAR with one VEVENT, so that a calendar app
 * can add it. Pure, so the escaping and folding are tested without a server.
 */
export interface IcsEvent {
  uid: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location: string;
  url: string;
  /** CONFIRMED, or CANCELLED for a cancelled event so that calendars strike it. */
  status: "CONFIRMED" | "CANCELLED" | "TENTATIVE";
}

/** A time in UTC as iCalendar writes it: 20261123T010000Z. */
export const icsTime = (d: Date): string => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** TEXT values escape backslashes, semicolons, commas and newlines (RFC 5545 §3.3.11). */
export const icsEscape = (text: string): string =>
  text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");

/**
 * Folds a content line at 75 octets (§3.1): the rest goes on lines that start with a space. It
 * breaks between characters, never inside a UTF-8 sequence, so Chinese titles survive.
 */
export function icsFold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    // The first line holds 75 octets; the continuation lines 74 after their leading space.
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** The whole file, lines ended with CRLF as the standard asks. */
export function icsCalendar(e: IcsEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Enclave//Events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `DTSTAMP:${icsTime(e.stamp)}`,
    `DTSTART:${icsTime(e.startsAt)}`,
    `DTEND:${icsTime(e.endsAt)}`,
    `SUMMARY:${icsEscape(e.summary)}`,
    `DESCRIPTION:${icsEscape(e.description)}`,
    `LOCATION:${icsEscape(e.location)}`,
    // A URI value is not TEXT: it is written as it is.
    `URL:${e.url}`,
    `STATUS:${e.status}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(icsFold).join("\r\n") + "\r\n";
}
