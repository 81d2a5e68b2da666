import { safeHttpUrl } from "../companies/safeLink.ts";

/** Delivery links as typed, one a line (or separated by spaces): every one must be an http(s) address. */
export function parseLinks(typed: string): { ok: true; links: string[] } | { ok: false; bad: string } {
  const parts = typed.split(/\s+/).map((s) => s.trim()).filter(Boolean);
  const links: string[] = [];
  for (const p of parts) {
    const href = safeHttpUrl(p);
    if (!href) return { ok: false, bad: p };
    if (!links.includes(href)) links.push(href);
  }
  return { ok: true, links };
}
