import type { BoothApplication } from "../../../shared/protocol/companies.ts";
import type { BoothRefusal } from "../../../shared/rules/boothRules.ts";
import type { Db } from "../pool.ts";
import { checkPlacement } from "./booths.ts";

const COLUMNS = `a.id, a.company_id AS "companyId", c.name AS "companyName", a.park_id AS "parkId", a.slot_id AS "slotId",
  a.note, a.status, a.reason, a.created_at AS "createdAt", a.decided_at AS "decidedAt"`;
const FROM = "booth_applications a JOIN companies c ON c.id = a.company_id";

type Row = Omit<BoothApplication, "createdAt" | "decidedAt"> & { createdAt: Date; decidedAt: Date | null };
const toApplication = ({ createdAt, decidedAt, ...r }: Row): BoothApplication =>
  ({ ...r, createdAt: createdAt.toISOString(), decidedAt: decidedAt?.toISOString() ?? null });

/**
 * A member asks for a slot. The same checks as a placement, so a company does not wait for an
 * answer that could only be no; the partial unique index keeps one pending application per
 * company and slot, even when two members send theirs at the same moment.
 */
export async function applyForBooth(
  db: Db, a: { companyId: string; parkId: string; slotId: string; note: string; appliedBy: string },
): Promise<BoothApplication | BoothRefusal> {
  const refusal = await checkPlacement(db, a.parkId, a.slotId, a.companyId);
  if (refusal) return refusal;
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO booth_applications (company_id, park_id, slot_id, note, applied_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [a.companyId, a.parkId, a.slotId, a.note, a.appliedBy],
    );
    return (await findApplication(db, rows[0]!.id))!;
  } catch (e) {
    if ((e as { code?: string }).code === "23505") {
      return { status: 409, code: "already_applied", message: `this company already has a pending application for slot "${a.slotId}"` };
    }
    throw e;
  }
}

export async function findApplication(db: Db, id: string): Promise<BoothApplication | null> {
  const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = $1`, [id]);
  return rows[0] ? toApplication(rows[0]) : null;
}

/** A company's applications, newest first. */
export async function listCompanyApplications(db: Db, companyId: string): Promise<BoothApplication[]> {
  const { rows } = await db.query<Row>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE a.company_id = $1 ORDER BY a.created_at DESC, a.id LIMIT 200`,
    [companyId],
  );
  return rows.map(toApplication);
}

/** The managers' queue: oldest first, so applications are answered in the order they came. */
export async function listApplications(db: Db, f: { status: BoothApplication["status"]; parkId?: string }): Promise<BoothApplication[]> {
  const { rows } = await db.query<Row>(
    `SELECT ${COLUMNS} FROM ${FROM}
      WHERE a.status = $1 AND ($2::text IS NULL OR a.park_id = $2)
      ORDER BY a.created_at, a.id LIMIT 500`,
    [f.status, f.parkId ?? null],
  );
  return rows.map(toApplication);
}

/** Takes back a pending application; false when it was no longer pending. */
export async function withdrawApplication(db: Db, id: string): Promise<boolean> {
  const { rowCount } = await db.query(
    "UPDATE booth_applications SET status = 'withdrawn', decided_at = now() WHERE id = $1 AND status = 'pending'",
    [id],
  );
  return rowCount === 1;
}

/** A manager says no; false when the application was no longer pending. */
export async function rejectApplication(db: Db, id: string, by: string, reason: string | null): Promise<boolean> {
  const { rowCount } = await db.query(
    "UPDATE booth_applications SET status = 'rejected', decided_by = $2, decided_at = now(), reason = $3 WHERE id = $1 AND status = 'pending'",
    [id, by, reason],
  );
  return rowCount === 1;
}
