import type { BusinessCard } from "../../../shared/protocol/companies.ts";

/** The inbox: unread cards first, newest first within each group. */
export function sortCards(cards: readonly BusinessCard[]): BusinessCard[] {
  return [...cards].sort((a, b) => Number(a.read) - Number(b.read) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}
