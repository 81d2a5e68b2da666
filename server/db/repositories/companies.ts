import type {
  BilingualText, BoothPlace, CompanySummary, Contact, CreateCompanyBody, Industry, Product, UpdateCompanyBody,
} from "../../../shared/protocol/companies.ts";
import type { Db } from "../pool.ts";

/** A company as stored, with where its booths are and how many people belong to it. */
export interface CompanyRecord {
  id: string;
  name: string;
  industry: Industry;
  description: BilingualText;
  colour: string;
  logoImageId: string | null;
  website: string | null;
  videoUrl: string | null;
  contact: Contact;
  products: Product[];
  gallery: string[];
  verified: boolean;
  suspended: boolean;
  suspendedReason: string | null;
  version: number;
  createdAt: Date;
  booths: BoothPlace[];
  memberCount: number;
}

export class CompanyNameTakenError extends Error {}

const BOOTHS = `COALESCE((SELECT json_agg(json_build_object('parkId', b.park_id, 'slotId', b.slot_id) ORDER BY b.park_id, b.slot_id)
                  FROM booths b WHERE b.company_id = c.id), '[]'::json)`;

/** The columns of a CompanySummary, for queries over `companies c`. */
export const COMPANY_SUMMARY_COLUMNS = `c.id, c.name, c.industry, c.colour, c.logo_image_id AS "logoImageId", c.verified, c.suspended, ${BOOTHS} AS booths`;

const COLUMNS = `c.id, c.name, c.industry, c.description, c.colour, c.logo_image_id AS "logoImageId", c.website,
  c.video_url AS "videoUrl", c.contact, c.products, c.gallery::text[] AS gallery, c.verified, c.suspended,
  c.suspended_reason AS "suspendedReason", c.version, c.created_at AS "createdAt", ${BOOTHS} AS booths,
  (SELECT count(*)::int FROM company_members m WHERE m.company_id = c.id) AS "memberCount"`;

/** Which column each editable field is stored in, and how its value is written. */
const FIELDS = {
  name: { column: "name", write: (v: unknown) => v },
  industry: { column: "industry", write: (v: unknown) => v },
  description: { column: "description", write: (v: unknown) => JSON.stringify(v) },
  colour: { column: "colour", write: (v: unknown) => v },
  logoImageId: { column: "logo_image_id", write: (v: unknown) => v },
  website: { column: "website", write: (v: unknown) => v },
  videoUrl: { column: "video_url", write: (v: unknown) => v },
  contact: { column: "contact", write: (v: unknown) => JSON.stringify(v) },
  products: { column: "products", write: (v: unknown) => JSON.stringify(v) },
  gallery: { column: "gallery", write: (v: unknown) => v },
} as const satisfies Record<keyof CreateCompanyBody, { column: string; write: (v: unknown) => unknown }>;

const isUniqueViolation = (e: unknown): boolean => (e as { code?: string }).code === "23505";

/** Creates the company and makes its creator the owner: both or neither. */
export async function insertCompanyWithOwner(db: Db, body: CreateCompanyBody, ownerId: string): Promise<string> {
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const keys = Object.keys(FIELDS) as Array<keyof typeof FIELDS>;
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO companies (${keys.map((k) => FIELDS[k].column).join(", ")})
       VALUES (${keys.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING id`,
      keys.map((k) => FIELDS[k].write(body[k])),
    );
    const id = rows[0]!.id;
    await client.query("INSERT INTO company_members (company_id, user_id, role) VALUES ($1, $2, 'owner')", [id, ownerId]);
    await client.query("COMMIT");
    return id;
  } catch (e) {
    await client.query("ROLLBACK");
    if (isUniqueViolation(e)) throw new CompanyNameTakenError(body.name);
    throw e;
  } finally {
    client.release();
  }
}

export async function findCompany(db: Db, id: string): Promise<CompanyRecord | null> {
  const { rows } = await db.query<CompanyRecord>(`SELECT ${COLUMNS} FROM companies c WHERE c.id = $1`, [id]);
  return rows[0] ?? null;
}

/** `%` and `_` typed in a search are letters, not wildcards. */
const likeText = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listCompanies(
  db: Db,
  filter: { q?: string; industry?: Industry; withSuspended: boolean },
): Promise<CompanySummary[]> {
  const { rows } = await db.query<CompanySummary>(
    `SELECT ${COMPANY_SUMMARY_COLUMNS} FROM companies c
      WHERE ($1::text IS NULL OR c.name ILIKE $1) AND ($2::text IS NULL OR c.industry = $2) AND ($3 OR NOT c.suspended)
      ORDER BY lower(c.name)`,
    [filter.q ? likeText(filter.q) : null, filter.industry ?? null, filter.withSuspended],
  );
  return rows;
}

/**
 * Changes the fields given and bumps the version, unless the company is suspended: a suspension
 * that lands first wins. Answers false when nothing was changed (no such company, or suspended).
 */
export async function updateCompany(db: Db, id: string, patch: UpdateCompanyBody): Promise<boolean> {
  const keys = (Object.keys(patch) as Array<keyof typeof FIELDS>).filter((k) => patch[k] !== undefined);
  const sets = keys.map((k, i) => `${FIELDS[k].column} = $${i + 2}`);
  try {
    const { rowCount } = await db.query(
      `UPDATE companies SET ${[...sets, "version = version + 1", "updated_at = now()"].join(", ")} WHERE id = $1 AND NOT suspended`,
      [id, ...keys.map((k) => FIELDS[k].write(patch[k]))],
    );
    return rowCount === 1;
  } catch (e) {
    if (isUniqueViolation(e)) throw new CompanyNameTakenError(patch.name ?? "");
    throw e;
  }
}

/** A manager's badge. Answers false when there is no such company. */
export async function setCompanyVerified(db: Db, id: string, verified: boolean): Promise<boolean> {
  const { rowCount } = await db.query(
    "UPDATE companies SET verified = $2, version = version + 1, updated_at = now() WHERE id = $1",
    [id, verified],
  );
  return rowCount === 1;
}

/** Suspends with a reason, or reinstates (the reason goes). Answers false when there is no such company. */
export async function setCompanySuspended(db: Db, id: string, suspended: boolean, reason: string | null): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE companies SET suspended = $2, suspended_reason = CASE WHEN $2 THEN $3 ELSE NULL END,
            version = version + 1, updated_at = now() WHERE id = $1`,
    [id, suspended, reason],
  );
  return rowCount === 1;
}

/** The parks where the company has a booth: those whose booth signs show it. */
export async function companyParkIds(db: Db, id: string): Promise<string[]> {
  const { rows } = await db.query<{ parkId: string }>(
    `SELECT DISTINCT park_id AS "parkId" FROM booths WHERE company_id = $1 ORDER BY park_id`,
    [id],
  );
  return rows.map((r) => r.parkId);
}
