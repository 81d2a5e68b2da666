import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { Db } from "../pool.ts";

export interface ParkRow { id: string; layout: ParkLayout; version: number }

/** Adds parks that are not there yet; parks already in the database (perhaps edited) are kept. */
export async function insertMissingParks(db: Db, layouts: readonly ParkLayout[]): Promise<string[]> {
  const added: string[] = [];
  for (const [i, layout] of layouts.entries()) {
    const { rowCount } = await db.query(
      "INSERT INTO parks (id, layout, sort_order) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
      [layout.id, JSON.stringify(layout), i],
    );
    if (rowCount) added.push(layout.id);
  }
  return added;
}

/** Layouts stored before boards and decorations existed have neither: they read as empty lists. */
const withLists = (row: ParkRow): ParkRow => ({ ...row, layout: { ...row.layout, boards: row.layout.boards ?? [], decorations: row.layout.decorations ?? [] } });

/** Just the ids, for telling every park something: the layouts are large and not needed. */
export async function listParkIds(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>("SELECT id FROM parks ORDER BY sort_order, id");
  return rows.map((r) => r.id);
}

export async function listParks(db: Db): Promise<ParkRow[]> {
  const { rows } = await db.query<ParkRow>("SELECT id, layout, version FROM parks ORDER BY sort_order, id");
  return rows.map(withLists);
}

export async function findPark(db: Db, id: string): Promise<ParkRow | null> {
  const { rows } = await db.query<ParkRow>("SELECT id, layout, version FROM parks WHERE id = $1", [id]);
  return rows[0] ? withLists(rows[0]) : null;
}

export type SaveLayoutResult =
  | { saved: true; version: number }
  /** Someone saved since `baseVersion`: nothing was written. `current` is null when the park is gone. */
  | { saved: false; current: number | null };

/**
 * Writes a park's layout if it is still at `baseVersion`, as version + 1, with a history row.
 * The version check is in the UPDATE itself, so of two saves from the same version exactly one
 * wins, however they interleave.
 */
export async function saveParkLayout(db: Db, id: string, baseVersion: number, layout: ParkLayout, savedBy: string): Promise<SaveLayoutResult> {
  const c = await db.connect();
  try {
    await c.query("BEGIN");
    const updated = await c.query<{ version: number }>(
      "UPDATE parks SET layout = $2, version = version + 1, updated_at = now() WHERE id = $1 AND version = $3 RETURNING version",
      [id, JSON.stringify(layout), baseVersion],
    );
    const row = updated.rows[0];
    if (!row) {
      await c.query("ROLLBACK");
      const current = await db.query<{ version: number }>("SELECT version FROM parks WHERE id = $1", [id]);
      return { saved: false, current: current.rows[0]?.version ?? null };
    }
    await c.query(
      "INSERT INTO park_layout_history (park_id, version, layout, saved_by) VALUES ($1, $2, $3, $4)",
      [id, row.version, JSON.stringify(layout), savedBy],
    );
    await c.query("COMMIT");
    return { saved: true, version: row.version };
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

/**
 * Adds a new park, listed after the others, with its first history row. False when the id is
 * taken (the primary key decides, so two managers creating the same id at once cannot both win).
 */
export async function createPark(db: Db, layout: ParkLayout, createdBy: string): Promise<boolean> {
  const c = await db.connect();
  try {
    await c.query("BEGIN");
    const inserted = await c.query(
      `INSERT INTO parks (id, layout, sort_order)
       VALUES ($1, $2, (SELECT coalesce(max(sort_order), -1) + 1 FROM parks))
       ON CONFLICT (id) DO NOTHING`,
      [layout.id, JSON.stringify(layout)],
    );
    if (!inserted.rowCount) {
      await c.query("ROLLBACK");
      return false;
    }
    await c.query(
      "INSERT INTO park_layout_history (park_id, version, layout, saved_by) VALUES ($1, 1, $2, $3)",
      [layout.id, JSON.stringify(layout), createdBy],
    );
    await c.query("COMMIT");
    return true;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

export interface HeldSlotRow { slotId: string; companyId: string; companyName: string }

/** The park's booth slots that a company holds, suspended companies included. */
export async function listHeldSlots(db: Db, parkId: string): Promise<HeldSlotRow[]> {
  const { rows } = await db.query<HeldSlotRow>(
    `SELECT b.slot_id AS "slotId", c.id AS "companyId", c.name AS "companyName"
       FROM booths b JOIN companies c ON c.id = b.company_id
      WHERE b.park_id = $1 ORDER BY b.slot_id`,
    [parkId],
  );
  return rows;
}
