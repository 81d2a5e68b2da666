import crypto from "node:crypto";
import { IMAGE_MAX_BYTES, IMAGE_TYPES, ImageIdParams, imageUrl, UploadedImage } from "../../../shared/protocol/companies.ts";
import type { Db } from "../../db/pool.ts";
import { findImage, insertImage } from "../../db/repositories/images.ts";
import { imageInfo } from "../../services/imageInfo.ts";
import { apiRoute, BytesAnswer } from "../apiRoute.ts";
import { HttpError } from "../httpError.ts";

/** Larger than any picture a booth or a profile needs; a bigger one is a mistake or an attack on the decoder. */
export const IMAGE_MAX_SIDE = 8000;

/**
 * Stored images never change: an upload gets a new id. So they are cached for good, and served so
 * that no browser ever runs them as a page, whatever bytes they hold.
 */
const SAFE_IMAGE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; sandbox",
  "Content-Disposition": "inline",
  "Cache-Control": "public, max-age=31536000, immutable",
};

export const imageRoutes = (db: Db) => [
  apiRoute({
    method: "post", path: "/api/images", tag: "images", auth: "image.upload",
    summary: "Upload a picture (PNG, JPEG, WebP or GIF) as the raw request body; it is stored as received",
    rawBody: { types: IMAGE_TYPES, limit: IMAGE_MAX_BYTES },
    status: 201, response: UploadedImage,
    errors: { 422: `the picture is wider or taller than ${IMAGE_MAX_SIDE} pixels` },
    handler: async ({ raw, actor }) => {
      const sniff = imageInfo(raw.bytes);
      // The type comes from the bytes: a script sent as image/png is refused here.
      if (!sniff.ok) throw new HttpError(415, "not_an_image", sniff.reason);
      const { contentType, width, height } = sniff.info;
      if (width > IMAGE_MAX_SIDE || height > IMAGE_MAX_SIDE) {
        throw new HttpError(422, "image_too_large", `the picture is ${width} × ${height} pixels; at most ${IMAGE_MAX_SIDE} a side`);
      }
      const sha256 = crypto.createHash("sha256").update(raw.bytes).digest("hex");
      const row = await insertImage(db, { uploadedBy: actor!.user.id, contentType, width, height, bytes: raw.bytes, sha256 });
      return { id: row.id, url: imageUrl(row.id), contentType, width, height };
    },
  }),
  apiRoute({
    method: "get", path: "/api/images/:id", tag: "images", auth: "public",
    summary: "An uploaded picture's bytes, with its stored type",
    params: ImageIdParams, status: 200, produces: IMAGE_TYPES,
    errors: { 304: "not modified: the ETag sent in If-None-Match still names it", 404: "no picture with that id" },
    handler: async ({ params }) => {
      const image = await findImage(db, params.id);
      if (!image) throw new HttpError(404, "image_not_found", "there is no picture with that id");
      return new BytesAnswer({ bytes: image.bytes, contentType: image.contentType, etag: `"${image.sha256}"`, headers: SAFE_IMAGE_HEADERS });
    },
  }),
];
