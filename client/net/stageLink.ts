import type { Room } from "@colyseus/sdk";
import { ROOM_STAGE, type StageJoinOptions } from "../../shared/protocol/rooms.ts";
import {
  MSG_S_ASK, MSG_S_COUNTDOWN, MSG_S_HAND, MSG_S_INVITE, MSG_S_MUTE, MSG_S_PAGE, MSG_S_QUESTION, MSG_S_REACT, MSG_S_REACTIONS, MSG_S_REFUSED,
  MSG_S_REMOVE, MSG_S_SLIDES, MSG_S_SPOTLIGHT, MSG_S_STAGE, MSG_S_VOTE, type ReactionKind,
} from "../../shared/protocol/stageMessages.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { StageState, type Attendee, type StageQuestion } from "../../shared/schema/stage.ts";
import { initialStageRoomState, sortStagePeople, type StagePerson, type StageRoomState } from "../state/stage.ts";
import { clockOffset } from "../state/stageCountdown.ts";
import { reactionTotal } from "../state/reactionBursts.ts";
import type { QueueQuestion } from "../state/stageQuestions.ts";
import { createRoomLink, type RoomLinkDeps } from "./roomLink.ts";
import { parseReactionCounts, parseStageRefusal, parseStageView } from "./stagePayloads.ts";

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

/**
 * The launch hall's link: the shared lifecycle (roomLink.ts) joins the event's hall (a full hall
 * answers with an overflow instance) and leaves; this copies the schema into the store once per
 * patch when something the page shows changed, and takes the stage and reaction messages.
 */
export function createStageLink(deps: RoomLinkDeps<StageRoomState>): StageLink {
  const set = deps.store.setState;

  const wire = (room: Room<unknown, StageState>, mine: () => boolean): void => {
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
  };

  const link = createRoomLink(deps, {
    name: "launch hall",
    initial: initialStageRoomState,
    join: (client, eventId) => {
      const options: StageJoinOptions = { eventId, protocol: PROTOCOL_VERSION };
      return client.joinOrCreate<StageState>(ROOM_STAGE, options, StageState);
    },
    wire,
  });
  const send = link.send;

  return {
    enter: link.enter,
    exit: link.exit,
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
