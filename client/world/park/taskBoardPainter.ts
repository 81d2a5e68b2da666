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

const FONT = '"Noto Sans SC", "Inter", "Segoe UI", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
const ACCENT = "#c98a10";

/** `text`, cut with an ellipsis to fit `max` pixels in the context's current font. */
function fit(g: CanvasRenderingContext2D, text: string, max: number): string {
  if (g.measureText(text).width <= max) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (g.measureText(`${chars.slice(0, mid).join("")}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("")}…`;
}

/** Paints the face: the board's title on its amber bar, then a card per task, newest first. */
export function paintTaskBoard(g: CanvasRenderingContext2D, size: FaceSize, face: BoardFace): void {
  const { width: w, height: h } = size;
  g.fillStyle = "#eef2f1";
  g.fillRect(0, 0, w, h);
  g.fillStyle = ACCENT;
  g.fillRect(0, 0, w, TASK_BOARD_BAR);
  g.fillStyle = "#ffffff";
  g.textBaseline = "middle";
  g.textAlign = "center";
  g.font = `700 56px ${FONT}`;
  g.fillText(fit(g, face.title, w - 80), w / 2, TASK_BOARD_BAR / 2 + 2);

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
    g.font = `800 42px ${FONT}`;
    g.fillStyle = "#8a5a00";
    const budgetWidth = Math.min(g.measureText(row.budget).width, 340);
    g.fillText(row.budget, right, box.top + box.height * 0.34, 340);
    g.font = `600 27px ${FONT}`;
    g.fillStyle = "#3f5153";
    g.fillText(fit(g, row.deadline, 340), right, box.top + box.height * 0.77);

    g.textAlign = "left";
    const textLeft = box.left + 32;
    const textMax = right - budgetWidth - 40 - textLeft;
    g.font = `800 40px ${FONT}`;
    g.fillStyle = "#0f2524";
    g.fillText(fit(g, row.title, textMax), textLeft, box.top + box.height * 0.34);
    g.font = `600 27px ${FONT}`;
    g.fillStyle = "#3f5153";
    g.fillText(fit(g, row.by, textMax), textLeft, box.top + box.height * 0.77);
  });

  g.textAlign = "center";
  g.fillStyle = "#5b6b6d";
  if (face.rows.length === 0 && face.empty) {
    g.font = `500 34px ${FONT}`;
    g.fillText(fit(g, face.empty, w - 120), w / 2, TASK_BOARD_BAR + (h - TASK_BOARD_BAR) / 2);
  } else if (face.rows.length > 0) {
    g.font = `500 22px ${FONT}`;
    g.fillText(fit(g, face.hint, w - 120), w / 2, h - 22);
  }
}
