import type { ImageType } from "../../services/imageInfo.ts";
import type { Db } from "../pool.ts";

export interface ImageRow { id: string; contentType: ImageType; width: number; height: number; sha256: string }
export interface StoredImage extends ImageRow { bytes: Buffer }

export async function insertImage(
  db: Db,
  img: { uploadedBy: string | null; contentType: ImageType; width: number; height: number; bytes: Buffer; sha256: string },
): Promise<ImageRow> {
  const { rows } = await db.query<ImageRow>(
    `INSERT INTO images (uploaded_by, content_type, width, height, bytes, sha256) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, content_type AS "contentType", width, height, sha256`,
    [img.uploadedBy, img.contentType, img.width, img.height, img.bytes, img.sha256],
  );
  return rows[0]!;
}

export async function findImage(db: Db, id: string): Promise<StoredImage | null> {
  const { rows } = await db.query<StoredImage>(
    `SELECT id, content_type AS "contentType", width, height, sha256, bytes FROM images WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** The ids among these that name no stored image, in the order given. */
export async function missingImageIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string }>("SELECT id FROM images WHERE id = ANY($1::uuid[])", [ids]);
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}
