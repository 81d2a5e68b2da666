import { BOARD_FONT, fitText, paintBoardHead } from "./boardFace.ts";
import { TASK_BOARD_BAR, taskBoardRows, type FaceSize } from "./taskBoardLayout.ts";

/** One task as a board shows it, already in the reader's language. */
export interface BoardRow {
  id: string;
  title: string;
  /** The company, or the poster of a personal need. */
  by: string;
  budget: string;
  deadline: string;
  /** Only certified experts may apply: the row wears a seal colour. */
  certifiedOnly: boolean;
}

export interface BoardFace {
  title: string;
  rows: readonly BoardRow[];
  /** Shown in place of rows when there are none (empty while the list loads). */
  empty: string;
  hint: string;
}

const ACCENT = "#c98a10";

/** Paints the face: the board's title on its amber bar, then a card per task, newest first. */
export function paintTaskBoard(g: CanvasRenderingContext2D, size: FaceSize, face: BoardFace): void {
  const { width: w, height: h } = size;
  paintBoardHead(g, size, { title: face.title, colour: ACCENT, bar: TASK_BOARD_BAR, fontPx: 56 });

  const rows = taskBoardRows(face.rows.length, size);
  g.textAlign = "left";
  rows.forEach((box, i) => {
    const row = face.rows[i];
    if (!row) return;
    g.fillStyle = "#ffffff";
    g.fillRect(box.left, box.top, box.width, box.height);
    g.fillStyle = row.certifiedOnly ? "#1f7a8c" : "#f2b544";
    g.fillRect(box.left, box.top, 10, box.height);

    const right = box.left + box.width - 24;
    // Budget on the right, large: what a passer-by compares first.
    g.textAlign = "right";
    g.font = `800 42px ${BOARD_FONT}`;
    g.fillStyle = "#8a5a00";
    const budgetWidth = Math.min(g.measureText(row.budget).width, 340);
    g.fillText(row.budget, right, box.top + box.height * 0.34, 340);
    g.font = `600 27px ${BOARD_FONT}`;
    g.fillStyle = "#3f5153";
    g.fillText(fitText(g, row.deadline, 340), right, box.top + box.height * 0.77);

    g.textAlign = "left";
    const textLeft = box.left + 32;
    const textMax = right - budgetWidth - 40 - textLeft;
    g.font = `800 40px ${BOARD_FONT}`;
    g.fillStyle = "#0f2524";
    g.fillText(fitText(g, row.title, textMax), textLeft, box.top + box.height * 0.34);
    g.font = `600 27px ${BOARD_FONT}`;
    g.fillStyle = "#3f5153";
    g.fillText(fitText(g, row.by, textMax), textLeft, box.top + box.height * 0.77);
  });

  g.textAlign = "center";
  g.fillStyle = "#5b6b6d";
  if (face.rows.length === 0 && face.empty) {
    g.font = `500 34px ${BOARD_FONT}`;
    g.fillText(fitText(g, face.empty, w - 120), w / 2, TASK_BOARD_BAR + (h - TASK_BOARD_BAR) / 2);
  } else if (face.rows.length > 0) {
    g.font = `500 22px ${BOARD_FONT}`;
    g.fillText(fitText(g, face.hint, w - 120), w / 2, h - 22);
  }
}
