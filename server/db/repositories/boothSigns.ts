import type { Db } from "../pool.ts";

/** What a park room shows on a held booth slot (schema BoothSign). */
export interface BoothSignRow {
  slotId: string;
  companyId: string;
  name: string;
  colour: string;
  logoImageId: string | null;
  verified: boolean;
  version: number;
}

/** The park's booths whose company is not suspended; slots that left the layout are the caller's to drop. */
export async function listBoothSigns(db: Db, parkId: string): Promise<BoothSignRow[]> {
  const { rows } = await db.query<BoothSignRow>(
    `SELECT b.slot_id AS "slotId", c.id AS "companyId", c.name, c.colour, c.logo_image_id AS "logoImageId",
            c.verified, c.version
       FROM booths b JOIN companies c ON c.id = b.company_id
      WHERE b.park_id = $1 AND NOT c.suspended`,
    [parkId],
  );
  return rows;
}
