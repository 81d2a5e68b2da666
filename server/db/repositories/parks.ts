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

export async function listParks(db: Db): Promise<ParkRow[]> {
  const { rows } = await db.query<ParkRow>("SELECT id, layout, version FROM parks ORDER BY sort_order, id");
  return rows;
}

export async function findPark(db: Db, id: string): Promise<ParkRow | null> {
  const { rows } = await db.query<ParkRow>("SELECT id, layout, version FROM parks WHERE id = $1", [id]);
  return rows[0] ?? null;
}
