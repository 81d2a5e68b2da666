import { createStore } from "zustand/vanilla";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import { initialLoading, type LoadingState, type LoadStep } from "./loading.ts";

/**
 * Where the connection to a park stands. `replaced`: the same account entered from elsewhere;
 * `failed`: it could not join or the room closed; `reconnecting`: the SDK is retrying by itself.
 */
export type ParkStatus = "idle" | "connecting" | "connected" | "reconnecting" | "replaced" | "failed";

export interface Person {
  sessionId: string;
  userId: string;
  name: string;
  /** The first company the person belongs to; empty when none. */
  company: string;
  /** That company is verified by a manager. */
  verified: boolean;
  /** Clothing style (AVATAR_STYLES). */
  style: string;
  /** "expert" or "authority" when certified by the managers; empty otherwise. */
  expert: string;
  role: string;
  colour: string;
  connected: boolean;
  isSelf: boolean;
}

/** A company's sign on a booth slot, as the park room shows it. */
export interface BoothSignView {
  slotId: string;
  companyId: string;
  name: string;
  colour: string;
  /** Empty when the company has no logo. */
  logoImageId: string;
  verified: boolean;
  /** Bumped when the company changes: an open booth panel reloads. */
  version: number;
}

/** What a meeting room's door shows (schema RoomSign, as plain data for React). */
export interface RoomSignView {
  roomId: string;
  doorId: string;
  name: string;
  kind: string;
  visibility: string;
  capacity: number;
  present: number;
  locked: boolean;
}

/** Who is here and how the link is: slow state that React renders (the frame loop has positions). */
export interface ParkRoomState {
  parkId: string | null;
  layout: ParkLayout | null;
  /** Version of `layout`; the room announces newer ones when a manager saves the park. */
  layoutVersion: number;
  /** Keyed by booth slot id: the slots that a company holds. */
  booths: Record<string, BoothSignView>;
  /** Keyed by door id: the meeting room behind each door, with how many are inside. */
  rooms: Record<string, RoomSignView>;
  status: ParkStatus;
  /** A message for the person, from the server or the client (already in words, not a code). */
  error: string | null;
  online: number;
  people: Person[];
  /** How far entering the park has come (state/loading.ts); stays done through reconnections. */
  loading: LoadingState;
}

export const initialParkRoomState = (): ParkRoomState => ({
  parkId: null, layout: null, layoutVersion: 0, booths: {}, rooms: {}, status: "idle", error: null, online: 0, people: [], loading: initialLoading(),
});

export const createParkRoomStore = () => createStore<ParkRoomState>(() => initialParkRoomState());
export type ParkRoomStore = ReturnType<typeof createParkRoomStore>;

export const parkRoomStore: ParkRoomStore = createParkRoomStore();

/** Marks one step of entering the park as done (once: later calls change nothing). */
export function markLoaded(store: ParkRoomStore, step: LoadStep): void {
  const { loading } = store.getState();
  if (loading[step]) return;
  store.setState({ loading: { ...loading, [step]: true } });
}

/** Self first, then by name, so the list does not jump about as people come and go. */
export function sortPeople(people: Person[]): Person[] {
  return [...people].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || a.sessionId.localeCompare(b.sessionId));
}
