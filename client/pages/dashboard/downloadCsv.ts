/** Hands a CSV text to the browser as a download named `filename` (no server round trip: the figures are on the page). */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download by the next task; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "enclave-zones-home-2026-11-17_2026-11-23.csv": what, where and when, safe on every file system. */
export function csvFilename(parts: ReadonlyArray<string>): string {
  return `${["enclave", ...parts].map((p) => p.replace(/[^\p{L}\p{N}._-]+/gu, "-")).join("-")}.csv`;
}
