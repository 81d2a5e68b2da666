import type { CertificationRequest, ExpertLevel } from "../../../shared/protocol/tasks.ts";
import type { Db } from "../pool.ts";
import { personJson } from "./taskSearch.ts";

type Status = CertificationRequest["status"];
interface Row extends Omit<CertificationRequest, "createdAt"> { createdAt: Date }

const SELECT = `
  SELECT r.id, ${personJson("u")} AS user, r.fields, r.statement, r.links, r.status, r.reason, r.created_at AS "createdAt"
    FROM certification_requests r JOIN users u ON u.id = r.user_id`;
const toRequest = (r: Row): CertificationRequest => ({ ...r, createdAt: r.createdAt.toISOString() });

/** Files a request; null when the person already has one pending (one at a time). */
export async function createCertificationRequest(
  db: Db, userId: string, body: { fields: string[]; statement: string; links: string[] },
): Promise<CertificationRequest | null> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO certification_requests (user_id, fields, statement, links) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id) WHERE status = 'pending' DO NOTHING RETURNING id`,
    [userId, body.fields, body.statement, body.links],
  );
  return rows[0] ? findCertificationRequest(db, rows[0].id) : null;
}

export async function findCertificationRequest(db: Db, id: string): Promise<CertificationRequest | null> {
  const { rows } = await db.query<Row>(`${SELECT} WHERE r.id = $1`, [id]);
  return rows[0] ? toRequest(rows[0]) : null;
}

/** Newest first. */
export async function listCertificationRequests(db: Db, filter: { userId?: string; status?: Status }): Promise<CertificationRequest[]> {
  const { rows } = await db.query<Row>(
    `${SELECT} WHERE ($1::uuid IS NULL OR r.user_id = $1) AND ($2::text IS NULL OR r.status = $2) ORDER BY r.created_at DESC, r.id`,
    [filter.userId ?? null, filter.status ?? null],
  );
  return rows.map(toRequest);
}

export type Decision = { approve: true; level: "expert" | "authority" } | { approve: false; reason: string };

/**
 * Decides a pending request: approving sets the person's level and fields (fields add to those
 * they had; the level never drops here), and the person is notified in the same transaction.
 * "gone": no such request; "decided": someone decided it first.
 */
export async function decideCertificationRequest(
  db: Db, id: string, managerId: string, decision: Decision,
): Promise<CertificationRequest | "gone" | "decided"> {
  const c = await db.connect();
  try {
    await c.query("BEGIN");
    const { rows } = await c.query<{ userId: string; fields: string[]; status: Status }>(
      `UPDATE certification_requests SET status = $3, decided_by = $2, reason = $4, decided_at = now()
        WHERE id = $1 AND status = 'pending'
        RETURNING user_id AS "userId", fields, status`,
      [id, managerId, decision.approve ? "approved" : "rejected", decision.approve ? null : decision.reason],
    );
    const decided = rows[0];
    if (!decided) {
      await c.query("ROLLBACK");
      const exists = await db.query("SELECT 1 FROM certification_requests WHERE id = $1", [id]);
      return exists.rowCount ? "decided" : "gone";
    }
    if (decision.approve) {
      await c.query(
        `UPDATE users SET expert_level = CASE WHEN expert_level = 'authority' THEN 'authority' ELSE $2 END,
                          expert_fields = ARRAY(SELECT DISTINCT f FROM unnest(expert_fields || $3::text[]) f ORDER BY f)
          WHERE id = $1`,
        [decided.userId, decision.level, decided.fields],
      );
    }
    await c.query(
      "INSERT INTO notifications (user_id, kind, payload) VALUES ($1, $2, $3)",
      [decided.userId, decision.approve ? "certification.approved" : "certification.rejected", JSON.stringify({
        requestId: id, fields: decided.fields,
        ...(decision.approve ? { level: decision.level } : { reason: decision.reason }),
      })],
    );
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
  return (await findCertificationRequest(db, id))!;
}

/** Sets someone's level; "none" also clears their fields. Null when there is no such resident or manager. */
export async function setExpertLevel(db: Db, userId: string, level: ExpertLevel): Promise<{ id: string; expertLevel: ExpertLevel; expertFields: string[] } | null> {
  const { rows } = await db.query<{ id: string; expertLevel: ExpertLevel; expertFields: string[] }>(
    `UPDATE users SET expert_level = $2, expert_fields = CASE WHEN $2 = 'none' THEN '{}'::text[] ELSE expert_fields END
      WHERE id = $1 AND role <> 'guest'
      RETURNING id, expert_level AS "expertLevel", expert_fields AS "expertFields"`,
    [userId, level],
  );
  return rows[0] ?? null;
}
