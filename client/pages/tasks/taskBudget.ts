/** A budget or fee as the card shows it: whole yuan with the locale's grouping; null is negotiable. */
export function formatBudget(budget: number | null, lng: string, negotiable: string): string {
  if (budget === null) return negotiable;
  return `¥${new Intl.NumberFormat(lng === "zh-CN" ? "zh-CN" : "en-US", { maximumFractionDigits: 0 }).format(budget)}`;
}

/** A deadline (YYYY-MM-DD) in the reader's language; anything else is shown as it came. */
export function formatDay(day: string, lng: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lng === "zh-CN" ? "zh-CN" : "en-GB", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(date);
}
