import { TASK_BOARD_ROWS } from "../../state/taskBoard.ts";

/**
 * Where things are on a task board's face: a title bar, then one row per task. The painter draws
 * these boxes and a click's UV finds its row with the same numbers, so what is hit is what is seen.
 */

/** The face's canvas: 4.8 m × 2.2 m at 300 pixels a metre. */
export const TASK_BOARD_CANVAS = { width: 1440, height: 660 } as const;
export const TASK_BOARD_BAR = 104;
/** Room under the rows for the hint line. */
const FOOTER = 40;
const PAD_X = 36;
const GAP = 8;

export interface RowBox {
  index: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface FaceSize {
  width: number;
  height: number;
}

/** The boxes of `count` rows (TASK_BOARD_ROWS slots share the space, so rows keep their size however many tasks there are). */
export function taskBoardRows(count: number, size: FaceSize = TASK_BOARD_CANVAS): RowBox[] {
  const slots = TASK_BOARD_ROWS;
  const area = size.height - TASK_BOARD_BAR - FOOTER - GAP;
  const height = (area - GAP * (slots - 1)) / slots;
  const rows: RowBox[] = [];
  for (let i = 0; i < Math.min(count, slots); i++) {
    rows.push({ index: i, left: PAD_X, top: TASK_BOARD_BAR + GAP + i * (height + GAP), width: size.width - PAD_X * 2, height });
  }
  return rows;
}

/** Which row a point of the face is on (uv as three gives it: v grows upwards), or null between rows. */
export function rowAtUv(u: number, v: number, rows: readonly RowBox[], size: FaceSize = TASK_BOARD_CANVAS): number | null {
  const x = u * size.width;
  const y = (1 - v) * size.height;
  for (const r of rows) {
    if (x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height) return r.index;
  }
  return null;
}

/** The centre of a row in the face's own uv, for finding it on screen. */
export function rowCentreUv(row: RowBox, size: FaceSize = TASK_BOARD_CANVAS): { u: number; v: number } {
  return { u: (row.left + row.width / 2) / size.width, v: 1 - (row.top + row.height / 2) / size.height };
}
