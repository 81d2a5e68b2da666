import { Client, type Room } from "@colyseus/sdk";
import { ROOM_STAGE, type StageJoinOptions } from "../../shared/protocol/rooms.ts";
import {
  MSG_S_ASK, MSG_S_COUNTDOWN, MSG_S_HAND, MSG_S_INVITE, MSG_S_MUTE, MSG_S_PAGE, MSG_S_QUESTION, MSG_S_REACT, MSG_S_REACTIONS, MSG_S_REFUSED,
  MSG_S_REMOVE, MSG_S_SLIDES, MSG_S_SPOTLIGHT, MSG_S_STAGE, MSG_S_VOTE, type ReactionKind,
} from "../../shared/protocol/stageMessages.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { StageState, type Attendee, type StageQuestion } from "../../shared/schema/stage.ts";
import { initialStageRoomState, sortStagePeople, type StagePerson, type StageRoomStore } from "../state/stage.ts";
import { clockOffset } from "../state/stageCountdown.ts";
import { reactionTotal } from "../state/reactionBursts.ts";
import type { QueueQuestion } from "../state/stageQuestions.ts";
import { parseReactionCounts, parseStageRefusal, parseStageView } from "./stagePayloads.ts";

const LEAVE_TIMEOUT_MS = 2000;

export interface StageLinkDeps {
  store: StageRoomStore;
  endpoint: () => string;
  token: () => string | null;
  onUnauthorized: () => void;
}

/** What a person may ask of the hall; the server checks each (the stage's and moderators' ones included). */
export interface StageActions {
  react(kind: ReactionKind): void;
  hand(raised: boolean): void;
  ask(text: string): void;
  vote(questionId: string): void;
  slides(deckId: string | null, page?: number): void;
  page(page: number): void;
  spotlightProduct(index: number): void;
  clearSpotlight(): void;
  countdown(seconds: number | null): void;
  question(questionId: string, status: "on-screen" | "answered" | "dismissed"): void;
  invite(userId: string, onStage: boolean): void;
  mute(userId: string, muted: boolean): void;
  remove(userId: string): void;
}

export interface StageLink extends StageActions {
  enter(eventId: string): Promise<void>;
  exit(): Promise<void>;
}

interface Active { room: Room<unknown, StageState>; closed: boolean }

/**
 * The one owner of the launch hall's lifecycle, like meetingLink: joins the event's hall through the
 * matchmaker (a full hall answers with an overflow instance), copies the schema into the store once
 * per patch when something the page shows changed, takes the stage and reaction messages, and leaves.
 */
export function createStageLink(deps: StageLinkDeps): StageLink {
  let queue: Promise<void> = Promise.resolve();
  let generation = 0;
  let active: Active | null = null;
  const set = deps.store.setState;

  const close = async (): Promise<void> => {
    const current = active;
    active = null;
    if (!current || current.closed) return;
    current.closed = true;
    current.room.reconnection.enabled = false;
    const left = current.room.leave(true).catch(() => undefined);
    const timedOut = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), LEAVE_TIMEOUT_MS));
    if ((await Promise.race([left, timedOut])) === "timeout") current.room.connection.close();
  };

  const open = async (eventId: string, gen: number): Promise<void> => {
    set({ ...initialStageRoomState(), connection: "connecting" });
    const token = deps.token();
    if (!token) {
      deps.onUnauthorized();
      return;
    }
    const client = new Client(deps.endpoint());
    client.auth.token = token;
    const options: StageJoinOptions = { eventId, protocol: PROTOCOL_VERSION };
    let room: Room<unknown, StageState>;
    try {
      room = await client.joinOrCreate<StageState>(ROOM_STAGE, options, StageState);
    } catch (e) {
      if (gen !== generation) return;
      const code = (e as { code?: unknown }).code;
      const message = e instanceof Error ? e.message : String(e);
      if (code === 401) deps.onUnauthorized();
      if (typeof code === "number" && code >= 400 && code < 500) set({ connection: "refused", joinError: { code, message } });
      else set({ connection: "failed", joinError: null });
      return;
    }
    if (gen !== generation) {
      room.reconnection.enabled = false;
      await room.leave(true).catch(() => undefined);
      return;
    }
    const current: Active = { room, closed: false };
    active = current;
    set({ connection: "connected", selfSessionId: room.sessionId });
    wire(current);
  };

  const wire = (current: Active): void => {
    const { room } = current;
    const mine = () => active === current;
    // Patches come often; the store (and React) hears only of what changed.
    let shownPeople = "";
    let shownSeats = "";
    let shownQuestions = "";
    let shownInfo = "";
    const refresh = (): void => {
      if (!mine()) return;
      const s = room.state;
      const info = { eventId: s.eventId, title: s.title, instance: s.instance, seatCount: s.seatCount, watching: s.watching, watchingAll: s.watchingAll };
      const infoKey = JSON.stringify(info);
      const seats = Array.from(s.seats as ArrayLike<number>);
      const seatsKey = seats.join(",");
      const people: StagePerson[] = [];
      s.people.forEach((p: Attendee, sessionId: string) => {
        people.push({
          sessionId, userId: p.userId, name: p.name, colour: p.colour, role: p.role, stageRole: p.stageRole, seat: p.seat, onStage: p.onStage,
          hand: p.hand, muted: p.muted, isSelf: sessionId === room.sessionId,
        });
      });
      const peopleKey = JSON.stringify(people);
      const questions: QueueQuestion[] = [];
      s.questions.forEach((q: StageQuestion) => {
        questions.push({ id: q.id, name: q.name, text: q.text, status: q.status, votes: q.votes });
      });
      const questionsKey = JSON.stringify(questions);
      const patch: Partial<ReturnType<typeof initialStageRoomState>> = {};
      if (infoKey !== shownInfo) { shownInfo = infoKey; patch.info = info; }
      if (peopleKey !== shownPeople) { shownPeople = peopleKey; patch.people = sortStagePeople(people); }
      if (questionsKey !== shownQuestions) { shownQuestions = questionsKey; patch.questions = questions; }
      if (seatsKey !== shownSeats) {
        shownSeats = seatsKey;
        set((st) => ({ seats, seatsVersion: st.seatsVersion + 1 }));
      }
      if (Object.keys(patch).length > 0) set(patch);
    };
    room.onStateChange(refresh);

    room.onMessage(MSG_S_STAGE, (payload: unknown) => {
      const view = parseStageView(payload);
      if (view && mine()) set({ stage: view, clockOffsetMs: clockOffset(view.at, Date.now()) });
    });
    room.onMessage(MSG_S_REACTIONS, (payload: unknown) => {
      const counts = parseReactionCounts(payload);
      if (counts && mine()) set((st) => ({ reactions: { counts, seq: st.reactions.seq + 1 }, reactionsSeen: st.reactionsSeen + reactionTotal(counts) }));
    });
    room.onMessage(MSG_S_REFUSED, (payload: unknown) => {
      const refusal = parseStageRefusal(payload);
      if (refusal && mine()) set({ refusal: { ...refusal, at: Date.now() } });
    });
    room.onDrop(() => {
      if (mine()) set({ connection: "reconnecting" });
    });
    room.onReconnect(() => {
      if (mine()) set({ connection: "connected" });
    });
    room.onLeave((code: number) => {
      if (current.closed) return;
      current.closed = true;
      if (!mine()) return;
      set({ connection: "closed", closeCode: code });
    });
    room.onError((code: number, message?: string) => {
      if (code !== undefined) console.warn(`stage room error ${code}: ${message ?? ""}`);
    });
  };

  const schedule = (job: () => Promise<void>): Promise<void> => {
    const run = () => job().catch((e: unknown) => {
      console.error("stage link", e);
      set({ connection: "failed" });
    });
    queue = queue.then(run);
    return queue;
  };

  const send = (type: string, payload?: unknown): void => {
    if (active && !active.closed) active.room.send(type, payload ?? {});
  };

  return {
    enter(eventId) {
      const gen = ++generation;
      return schedule(async () => {
        await close();
        if (gen === generation) await open(eventId, gen);
      });
    },
    exit() {
      ++generation;
      return schedule(async () => {
        await close();
        set(initialStageRoomState());
      });
    },
    react: (kind) => send(MSG_S_REACT, { kind }),
    hand: (raised) => send(MSG_S_HAND, { raised }),
    ask: (text) => send(MSG_S_ASK, { text }),
    vote: (questionId) => send(MSG_S_VOTE, { questionId }),
    slides: (deckId, page = 0) => send(MSG_S_SLIDES, { deckId, page }),
    page: (page) => send(MSG_S_PAGE, { page }),
    spotlightProduct: (index) => send(MSG_S_SPOTLIGHT, { spotlight: { kind: "product", index } }),
    clearSpotlight: () => send(MSG_S_SPOTLIGHT, { spotlight: null }),
    countdown: (seconds) => send(MSG_S_COUNTDOWN, { seconds }),
    question: (questionId, status) => send(MSG_S_QUESTION, { questionId, status }),
    invite: (userId, onStage) => send(MSG_S_INVITE, { userId, onStage }),
    mute: (userId, muted) => send(MSG_S_MUTE, { userId, muted }),
    remove: (userId) => send(MSG_S_REMOVE, { userId }),
  };
}
