/**
 * A link the page may show as a link: an absolute http(s) address, normalised by the browser's
 * own parser; anything else (javascript:, data:, relative paths, junk) gives null. The server
 * refuses such links already; this keeps an old or hand-made record from ever becoming one.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname) return null;
  return url.href;
}

/** The address without its scheme and trailing slash, to show as the link's text. */
export function displayUrl(href: string): string {
  return href.replace(/^https?:\/\//i, "").replace(/\/$/, "");
}
