import type { StageView } from "../../shared/protocol/stageMessages.ts";

/** What the big screen shows now, by priority: a question put on screen, the spotlight, the slide, or the waiting card. */
export type ScreenMode = "question" | "spotlight" | "slides" | "idle";

export function screenMode(stage: StageView | null): ScreenMode {
  if (stage?.questionOnScreen) return "question";
  if (stage?.spotlight) return "spotlight";
  if (stage?.deck && stage.deck.pageIds[stage.page]) return "slides";
  return "idle";
}

/** The page a presenter's turn lands on, or null past either end (or with no deck up). */
export function turnedStagePage(stage: StageView | null, delta: number): number | null {
  const pages = stage?.deck?.pageIds.length ?? 0;
  if (!stage?.deck || pages === 0) return null;
  const page = stage.page + delta;
  return page >= 0 && page < pages ? page : null;
}
