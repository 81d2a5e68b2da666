import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";

/**
 * Which company overlays are open in the park: the booth panel (opened by walking up to a booth
 * or clicking it, see hud/boothProximity.ts) and a person's profile card. world/ writes clicks
 * here; hud/ reads them and does the fetching.
 */
export interface CompanyUiState {
  /** A booth clicked in the 3D park, with a counter so that clicking the same one again counts. */
  boothClick: { slotId: string; seq: number } | null;
  /** Whose profile card is open. */
  profileUserId: string | null;
}

export const companyUiStore = createStore<CompanyUiState>(() => ({ boothClick: null, profileUserId: null }));

export function clickBooth(slotId: string): void {
  const seq = (companyUiStore.getState().boothClick?.seq ?? 0) + 1;
  companyUiStore.setState({ boothClick: { slotId, seq } });
}

export function showProfile(userId: string | null): void {
  companyUiStore.setState({ profileUserId: userId });
}

export const useProfileUserId = (): string | null => useStore(companyUiStore, (s) => s.profileUserId);
