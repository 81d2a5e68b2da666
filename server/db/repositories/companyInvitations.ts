import type { Invitation } from "../../../shared/protocol/companies.ts";
import type { Db } from "../pool.ts";

export class AlreadyInvitedError extends Error {}

const SELECT = `SELECT i.id, i.company_id AS "companyId", c.name AS "companyName", i.user_id AS "userId",
                       u.display_name AS "displayName", inviter.display_name AS "invitedBy", i.status, i.created_at AS "createdAt"
                  FROM company_invitations i
                  JOIN companies c ON c.id = i.company_id
                  JOIN users u ON u.id = i.user_id
                  LEFT JOIN users inviter ON inviter.id = i.invited_by`;

type InvitationRow = Omit<Invitation, "createdAt"> & { createdAt: Date };
const toInvitation = (r: InvitationRow): Invitation => ({ ...r, createdAt: r.createdAt.toISOString() });

export async function findInvitation(db: Db, id: string): Promise<Invitation | null> {
  const { rows } = await db.query<InvitationRow>(`${SELECT} WHERE i.id = $1`, [id]);
  return rows[0] ? toInvitation(rows[0]) : null;
}

/** One open invitation per person and company: a second is refused by the unique index, even when both arrive at once. */
export async function insertInvitation(db: Db, inv: { companyId: string; userId: string; invitedBy: string }): Promise<Invitation> {
  try {
    const { rows } = await db.query<{ id: string }>(
      "INSERT INTO company_invitations (company_id, user_id, invited_by) VALUES ($1, $2, $3) RETURNING id",
      [inv.companyId, inv.userId, inv.invitedBy],
    );
    return (await findInvitation(db, rows[0]!.id))!;
  } catch (e) {
    if ((e as { code?: string }).code === "23505") throw new AlreadyInvitedError();
    throw e;
  }
}

/** Someone's open invitations, newest first; none from suspended companies, which cannot take anyone on. */
export async function listPendingInvitationsFor(db: Db, userId: string): Promise<Invitation[]> {
  const { rows } = await db.query<InvitationRow>(
    `${SELECT} WHERE i.user_id = $1 AND i.status = 'pending' AND NOT c.suspended ORDER BY i.created_at DESC`,
    [userId],
  );
  return rows.map(toInvitation);
}

export async function listPendingInvitationsOf(db: Db, companyId: string): Promise<Invitation[]> {
  const { rows } = await db.query<InvitationRow>(
    `${SELECT} WHERE i.company_id = $1 AND i.status = 'pending' ORDER BY i.created_at DESC`,
    [companyId],
  );
  return rows.map(toInvitation);
}

/** Withdraws an open invitation. Answers false when there is no open one with that id in that company. */
export async function cancelInvitation(db: Db, companyId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query(
    "UPDATE company_invitations SET status = 'cancelled', answered_at = now() WHERE id = $1 AND company_id = $2 AND status = 'pending'",
    [id, companyId],
  );
  return rowCount === 1;
}

export type AnswerResult = "answered" | "not_found" | "not_invitee" | "not_pending" | "company_suspended";

/**
 * The invitee accepts or declines. Accepting makes them a member in the same transaction; the
 * invitation row is locked, so answering twice at once counts once.
 */
export async function answerInvitation(db: Db, id: string, userId: string, accept: boolean): Promise<AnswerResult> {
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ companyId: string; userId: string; status: string; suspended: boolean }>(
      `SELECT i.company_id AS "companyId", i.user_id AS "userId", i.status, c.suspended
         FROM company_invitations i JOIN companies c ON c.id = i.company_id
        WHERE i.id = $1 FOR UPDATE OF i`,
      [id],
    );
    const inv = rows[0];
    let result: AnswerResult = "answered";
    if (!inv) result = "not_found";
    else if (inv.userId !== userId) result = "not_invitee";
    else if (inv.status !== "pending") result = "not_pending";
    else if (accept && inv.suspended) result = "company_suspended";
    if (result !== "answered" || !inv) {
      await client.query("ROLLBACK");
      return result;
    }
    await client.query(
      "UPDATE company_invitations SET status = $2, answered_at = now() WHERE id = $1",
      [id, accept ? "accepted" : "declined"],
    );
    if (accept) {
      await client.query(
        "INSERT INTO company_members (company_id, user_id, role) VALUES ($1, $2, 'member') ON CONFLICT DO NOTHING",
        [inv.companyId, userId],
      );
    }
    await client.query("COMMIT");
    return "answered";
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
