import { BOARD_FONT, fitText, paintBoardHead } from "./boardFace.ts";
/**
 * The launch hall's events sign, painted on one canvas: its title on a coral bar, then the event on
 * now and the next one, each in its own card. The layout is pure so a click's uv finds its card.
 */

export interface FaceSize { width: number; height: number }

/** The sign's canvas: 3.2 m × 1.7 m at 400 pixels a metre, sharp from a few steps away. */
export const EVENTS_BOARD_CANVAS: FaceSize = { width: 1280, height: 680 };
export const EVENTS_BOARD_BAR = 120;
const PAD = 28;
const GAP = 20;

export type SignSlot = "now" | "next";

/** One event as the sign shows it, already in the reader's language. */
export interface SignCard {
  id: string;
  title: string;
  company: string;
  time: string;
  /** Live now: the card wears a red LIVE mark and how many watch. */
  live: boolean;
  watching: string;
}

export interface EventsSignFace {
  title: string;
  now: SignCard | null;
  next: SignCard | null;
  labels: { now: string; next: string; live: string; nothing: string };
}

export interface SlotBox { slot: SignSlot; left: number; top: number; width: number; height: number }

/** The two cards' boxes, "now" above "next", in canvas pixels. */
export function eventsBoardSlots(size: FaceSize = EVENTS_BOARD_CANVAS): SlotBox[] {
  const height = (size.height - EVENTS_BOARD_BAR - PAD * 2 - GAP) / 2;
  const width = size.width - PAD * 2;
  return [
    { slot: "now", left: PAD, top: EVENTS_BOARD_BAR + PAD, width, height },
    { slot: "next", left: PAD, top: EVENTS_BOARD_BAR + PAD + height + GAP, width, height },
  ];
}

/** The card under a point of the face given as uv (v counts up from the bottom, as three's uvs do). */
export function slotAtUv(u: number, v: number, size: FaceSize = EVENTS_BOARD_CANVAS): SignSlot | null {
  const x = u * size.width;
  const y = (1 - v) * size.height;
  return eventsBoardSlots(size).find((b) => x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height)?.slot ?? null;
}

/** A card's centre as uv, for tests that click it. */
export function slotCentreUv(box: SlotBox, size: FaceSize = EVENTS_BOARD_CANVAS): { u: number; v: number } {
  return { u: (box.left + box.width / 2) / size.width, v: 1 - (box.top + box.height / 2) / size.height };
}

const ACCENT = "#e07a5f";
const LIVE = "#c62828";

/** Paints the whole face. */
export function paintEventsBoard(g: CanvasRenderingContext2D, size: FaceSize, face: EventsSignFace): void {
  paintBoardHead(g, size, { title: face.title, colour: ACCENT, bar: EVENTS_BOARD_BAR, fontPx: 60 });

  for (const box of eventsBoardSlots(size)) {
    const card = box.slot === "now" ? face.now : face.next;
    g.fillStyle = "#ffffff";
    g.fillRect(box.left, box.top, box.width, box.height);
    const live = !!card?.live;
    g.fillStyle = live ? LIVE : box.slot === "now" ? ACCENT : "#1f7a8c";
    g.fillRect(box.left, box.top, 14, box.height);
    // The slot's name (or LIVE) in a tag at the top left.
    g.textAlign = "left";
    g.font = `700 34px ${BOARD_FONT}`;
    const tagText = live ? face.labels.live : box.slot === "now" ? face.labels.now : face.labels.next;
    const tagWidth = g.measureText(tagText).width + 32;
    g.fillStyle = live ? LIVE : "#dcebe7";
    g.fillRect(box.left + 34, box.top + 18, tagWidth, 50);
    g.fillStyle = live ? "#ffffff" : "#0f3d3e";
    g.fillText(tagText, box.left + 50, box.top + 44);
    if (!card) {
      g.fillStyle = "#4d6164";
      g.font = `600 44px ${BOARD_FONT}`;
      g.fillText(fitText(g, face.labels.nothing, box.width - 80), box.left + 34, box.top + box.height / 2 + 24);
      continue;
    }
    g.fillStyle = "#0f3d3e";
    g.font = `600 34px ${BOARD_FONT}`;
    const timeText = fitText(g, card.time, box.width - tagWidth - 100);
    g.fillText(timeText, box.left + 34 + tagWidth + 20, box.top + 44);
    if (live && card.watching) {
      g.textAlign = "right";
      g.fillStyle = LIVE;
      g.fillText(card.watching, box.left + box.width - 24, box.top + 44);
      g.textAlign = "left";
    }
    g.fillStyle = "#14292c";
    g.font = `700 60px ${BOARD_FONT}`;
    g.fillText(fitText(g, card.title, box.width - 70), box.left + 34, box.top + 116);
    g.fillStyle = "#1d4b4d";
    g.font = `600 40px ${BOARD_FONT}`;
    g.fillText(fitText(g, card.company, box.width - 70), box.left + 34, box.top + 172);
  }
}
