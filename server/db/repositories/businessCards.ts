import type { BusinessCard } from "../../../shared/protocol/companies.ts";
import type { Db } from "../pool.ts";

/**
 * One card per person and company in this many seconds: a second click, or a script, would
 * otherwise fill a company's inbox with the same card. Ten minutes leaves room for a real second
 * note after a talk at the booth.
 */
export const CARD_REPEAT_SECONDS = 600;

export type LeaveCardResult = { id: string } | { retryAt: Date };

/**
 * Leaves the visitor's card: their profile as it is now (name, bio, skills, the names of their
 * companies) with their note. The check for a recent card and the insert agree under a lock per
 * person and company, so two cards sent at the same moment make one.
 */
export async function leaveCard(
  db: Db, card: { companyId: string; userId: string; note: string; parkId: string | null; slotId: string | null },
): Promise<LeaveCardResult> {
  const c = await db.connect();
  try {
    await c.query("BEGIN");
    await c.query("SELECT pg_advisory_xact_lock(hashtext('cards:' || $1 || ':' || $2))", [card.userId, card.companyId]);
    const recent = await c.query<{ retryAt: Date }>(
      `SELECT max(created_at) + make_interval(secs => $3) AS "retryAt" FROM business_cards
        WHERE company_id = $1 AND from_user = $2 AND created_at > now() - make_interval(secs => $3)
       HAVING count(*) > 0`,
      [card.companyId, card.userId, CARD_REPEAT_SECONDS],
    );
    if (recent.rows[0]) {
      await c.query("ROLLBACK");
      return { retryAt: recent.rows[0].retryAt };
    }
    const { rows } = await c.query<{ id: string }>(
      `INSERT INTO business_cards (company_id, from_user, profile, note, park_id, slot_id)
       SELECT $1, u.id,
              json_build_object(
                'displayName', u.display_name, 'bio', u.bio, 'skills', u.skills,
                'companies', (SELECT coalesce(json_agg(co.name ORDER BY m.joined_at), '[]')
                                FROM company_members m JOIN companies co ON co.id = m.company_id
                               WHERE m.user_id = u.id AND NOT co.suspended)),
              $3, $4, $5
         FROM users u WHERE u.id = $2
       RETURNING id`,
      [card.companyId, card.userId, card.note, card.parkId, card.slotId],
    );
    await c.query("COMMIT");
    return { id: rows[0]!.id };
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

interface CardRow extends Omit<BusinessCard, "createdAt"> { createdAt: Date }

/**
 * A company's cards, newest first, a page at a time (the page after card `before`; nothing after a
 * card that is not the company's), and how many of all its cards nobody read yet.
 */
export async function listCards(
  db: Db, companyId: string, page: { before?: string; limit: number },
): Promise<{ cards: BusinessCard[]; unread: number }> {
  const [cards, unread] = await Promise.all([
    db.query<CardRow>(
      `SELECT id, from_user AS "fromUserId", profile, note, park_id AS "parkId", slot_id AS "slotId",
              created_at AS "createdAt", read_at IS NOT NULL AS read
         FROM business_cards
        WHERE company_id = $1
          AND ($2::uuid IS NULL OR (created_at, id) < (SELECT created_at, id FROM business_cards WHERE id = $2 AND company_id = $1))
        ORDER BY created_at DESC, id DESC
        LIMIT $3`,
      [companyId, page.before ?? null, page.limit],
    ),
    db.query<{ n: number }>("SELECT count(*)::int AS n FROM business_cards WHERE company_id = $1 AND read_at IS NULL", [companyId]),
  ]);
  return {
    cards: cards.rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    unread: unread.rows[0]!.n,
  };
}

/** Marks one of the company's cards read; false when the company has no such card. */
export async function markCardRead(db: Db, companyId: string, cardId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    "UPDATE business_cards SET read_at = coalesce(read_at, now()) WHERE id = $1 AND company_id = $2",
    [cardId, companyId],
  );
  return rowCount === 1;
}
