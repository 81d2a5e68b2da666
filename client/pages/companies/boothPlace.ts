/** How a slot is named to people: its number when the id ends in one (booth-3 → 3), else the id. */
export function slotLabel(slotId: string): string {
  const n = /(\d+)$/.exec(slotId);
  return n?.[1] ? String(Number(n[1])) : slotId;
}
