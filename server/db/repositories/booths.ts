import type pg from "pg";
import type { CompanySummary } from "../../../shared/protocol/companies.ts";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { refuseBoothPlacement, type BoothRefusal } from "../../../shared/rules/boothRules.ts";
import type { Db } from "../pool.ts";
import { COMPANY_SUMMARY_COLUMNS } from "./companies.ts";

/** The pool, or one connection inside a transaction. */
export type Queryable = Db | pg.PoolClient;

/** The companies on the park's slots, by slot id; slots that left the layout are in here too. */
export async function listParkBooths(db: Queryable, parkId: string): Promise<Map<string, CompanySummary>> {
  const { rows } = await db.query<CompanySummary & { slotId: string }>(
    `SELECT held.slot_id AS "slotId", ${COMPANY_SUMMARY_COLUMNS}
       FROM booths held JOIN companies c ON c.id = held.company_id
      WHERE held.park_id = $1`,
    [parkId],
  );
  return new Map(rows.map(({ slotId, ...company }) => [slotId, company]));
}

export async function findBoothCompany(db: Queryable, parkId: string, slotId: string): Promise<string | null> {
  const { rows } = await db.query<{ companyId: string }>(
    `SELECT company_id AS "companyId" FROM booths WHERE park_id = $1 AND slot_id = $2`,
    [parkId, slotId],
  );
  return rows[0]?.companyId ?? null;
}

export async function findCompanySummary(db: Queryable, companyId: string): Promise<CompanySummary | null> {
  const { rows } = await db.query<CompanySummary>(`SELECT ${COMPANY_SUMMARY_COLUMNS} FROM companies c WHERE c.id = $1`, [companyId]);
  return rows[0] ?? null;
}

/** Asks the one question of shared/rules/boothRules.ts against the database as it is now. */
export async function checkPlacement(db: Queryable, parkId: string, slotId: string, companyId: string): Promise<BoothRefusal | null> {
  const { rows } = await db.query<{ layout: ParkLayout | null; name: string; suspended: boolean; holderId: string | null; heldSlot: string | null }>(
    `SELECT (SELECT layout FROM parks WHERE id = $1) AS layout, c.name, c.suspended,
            (SELECT company_id FROM booths WHERE park_id = $1 AND slot_id = $2) AS "holderId",
            (SELECT slot_id FROM booths WHERE park_id = $1 AND company_id = c.id ORDER BY slot_id LIMIT 1) AS "heldSlot"
       FROM companies c WHERE c.id = $3`,
    [parkId, slotId, companyId],
  );
  const row = rows[0];
  if (!row) return { status: 404, code: "company_not_found", message: "there is no such company" };
  return refuseBoothPlacement({
    parkId, slotId, companyId, companyName: row.name,
    parkExists: row.layout !== null,
    slotExists: row.layout?.boothSlots.some((s) => s.id === slotId) ?? false,
    holderId: row.holderId, companySuspended: row.suspended, heldSlotInPark: row.heldSlot,
  });
}

export interface Placement {
  parkId: string;
  slotId: string;
  companyId: string;
  /** The manager who approved or assigned it. */
  by: string;
  /** The application this placement approves, when it approves one. */
  applicationId?: string;
}

/**
 * Puts a company on a slot, in one transaction: the checks, the booth, the approved application,
 * and the other pending applications this settles (for the slot, and the company's others in the
 * park: it now has its booth there) rejected with a reason.
 *
 * Placements in one park take turns on an advisory lock, so each one's checks see the one before
 * it and no two of them lock applications in opposite orders. The booths primary key stays the
 * last word: a slot filled some other way meanwhile still answers slot_taken.
 */
export async function placeCompany(db: Db, p: Placement): Promise<BoothRefusal | null> {
  const c = await db.connect();
  try {
    await c.query("BEGIN");
    await c.query("SELECT pg_advisory_xact_lock(hashtext('booths:' || $1))", [p.parkId]);
    // A suspension at this moment waits for us, or we for it: either way the check below sees it.
    await c.query("SELECT 1 FROM companies WHERE id = $1 FOR SHARE", [p.companyId]);
    const refusal = await checkPlacement(c, p.parkId, p.slotId, p.companyId);
    if (refusal) {
      await c.query("ROLLBACK");
      return refusal;
    }
    try {
      await c.query("INSERT INTO booths (park_id, slot_id, company_id, assigned_by) VALUES ($1, $2, $3, $4)", [p.parkId, p.slotId, p.companyId, p.by]);
    } catch (e) {
      await c.query("ROLLBACK");
      if ((e as { code?: string }).code === "23505") return { status: 409, code: "slot_taken", message: `booth slot "${p.slotId}" is already taken` };
      throw e;
    }
    if (p.applicationId) {
      const approved = await c.query(
        `UPDATE booth_applications SET status = 'approved', decided_by = $2, decided_at = now()
          WHERE id = $1 AND status = 'pending'`,
        [p.applicationId, p.by],
      );
      if (approved.rowCount === 0) {
        await c.query("ROLLBACK");
        return { status: 409, code: "application_decided", message: "this application was already decided or withdrawn" };
      }
    }
    await c.query(
      `UPDATE booth_applications
          SET status = 'rejected', decided_by = $4, decided_at = now(),
              reason = CASE WHEN company_id = $3 THEN 'the company got a booth in this park: slot ' || $2
                            ELSE 'the slot was given to another company' END
        WHERE status = 'pending' AND park_id = $1 AND (slot_id = $2 OR company_id = $3)`,
      [p.parkId, p.slotId, p.companyId, p.by],
    );
    await c.query("COMMIT");
    return null;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

/** Empties a slot if `companyId` is still on it; false when it was not (freed or given to another meanwhile). */
export async function freeBooth(db: Queryable, parkId: string, slotId: string, companyId: string): Promise<boolean> {
  const { rowCount } = await db.query("DELETE FROM booths WHERE park_id = $1 AND slot_id = $2 AND company_id = $3", [parkId, slotId, companyId]);
  return rowCount === 1;
}
