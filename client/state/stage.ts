import { createStore, type StoreApi } from "zustand/vanilla";
import type { ReactionCounts, StageRefusalReason, StageView } from "../../shared/protocol/stageMessages.ts";
import type { QueueQuestion } from "./stageQuestions.ts";

export type StageConnection = "idle" | "connecting" | "connected" | "reconnecting" | "refused" | "closed" | "failed";

/** Someone the client sees in full (a neighbour, a speaker, a raised hand for moderators). */
export interface StagePerson {
  sessionId: string;
  userId: string;
  name: string;
  colour: string;
  role: string;
  stageRole: string;
  seat: number;
  onStage: boolean;
  hand: boolean;
  muted: boolean;
  isSelf: boolean;
}

export interface StageHallInfo { eventId: string; title: string; instance: number; seatCount: number; watching: number; watchingAll: number }

/** One window of reactions as it arrived: `seq` tells a new window from the last one. */
export interface ReactionWindow { counts: ReactionCounts; seq: number }

export interface StageRoomState {
  connection: StageConnection;
  joinError: { code: number; message: string } | null;
  closeCode: number | null;
  info: StageHallInfo | null;
  /** The occupancy bitmap, copied (bit i of byte j is seat 8j+i). */
  seats: number[];
  /** Bumped whenever `seats` changes, so the crowd redraws without comparing arrays. */
  seatsVersion: number;
  people: StagePerson[];
  questions: QueueQuestion[];
  selfSessionId: string | null;
  stage: StageView | null;
  /** Server clock minus this client's clock, from the last StageView. */
  clockOffsetMs: number;
  reactions: ReactionWindow;
  /** Reactions seen since joining, by everyone (a counter the HUD and tests read). */
  reactionsSeen: number;
  refusal: { action: string; reason: StageRefusalReason; at: number } | null;
  /** The slide picture the screen last finished loading. */
  shownImageId: string | null;
}

export const initialStageRoomState = (): StageRoomState => ({
  connection: "idle", joinError: null, closeCode: null, info: null, seats: [], seatsVersion: 0, people: [], questions: [],
  selfSessionId: null, stage: null, clockOffsetMs: 0, reactions: { counts: { applause: 0, heart: 0, fire: 0 }, seq: 0 }, reactionsSeen: 0,
  refusal: null, shownImageId: null,
});

export type StageRoomStore = StoreApi<StageRoomState>;
export const createStageRoomStore = (): StageRoomStore => createStore<StageRoomState>(initialStageRoomState);

/** The app's one launch hall store. */
export const stageRoomStore = createStageRoomStore();

/** Speakers first, then by seat: the order lists show people in. */
export function sortStagePeople(people: StagePerson[]): StagePerson[] {
  return [...people].sort((a, b) => Number(b.onStage) - Number(a.onStage) || a.seat - b.seat || a.name.localeCompare(b.name));
}
