import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMAGE_MAX_BYTES, type UploadedImage } from "../../../shared/protocol/companies.ts";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import { htmlBytes, jpegBytes, pngBytes, svgBytes } from "../../testing/fixtures/testImages.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let resident: Session;
beforeAll(async () => {
  server = await startTestServer();
  resident = (await server.api<Session>("POST", "/api/auth/register", { username: "uploader", displayName: "Uploader", password: "password1" })).body;
});
afterAll(async () => { await server?.stop(); });

async function upload(bytes: Buffer, contentType: string, token: string | null = resident.token) {
  const res = await fetch(`${server.url}/api/images`, {
    method: "POST",
    headers: { "content-type": contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as UploadedImage & ApiError };
}

const imageCount = async (): Promise<number> => Number((await server.db.query<{ n: string }>("SELECT count(*) AS n FROM images")).rows[0]!.n);

describe("images over HTTP", () => {
  it("takes a PNG and serves it back byte for byte, with headers that keep it a picture", async () => {
    const png = pngBytes(4, 3);
    const up = await upload(png, "image/png");
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ contentType: "image/png", width: 4, height: 3, url: `/api/images/${up.body.id}` });

    const res = await fetch(server.url + up.body.url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(res.headers.get("content-disposition")).toBe("inline");
    expect(res.headers.get("cache-control")).toMatch(/immutable/);

    const etag = res.headers.get("etag")!;
    expect(etag).toBeTruthy();
    // As a browser revalidates; fetch() itself would add "no-cache", which asks for the bytes again.
    const again = await fetch(server.url + up.body.url, { headers: { "if-none-match": etag, "cache-control": "max-age=0" } });
    expect(again.status).toBe(304);
  });

  it("stores a JPEG with the type its bytes show, even when it was sent as another image type", async () => {
    const jpeg = jpegBytes();
    const up = await upload(jpeg, "image/png");
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ contentType: "image/jpeg", width: 5, height: 3 });
    const res = await fetch(server.url + up.body.url);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await res.arrayBuffer()).equals(jpeg)).toBe(true);
  });

  it("refuses SVG and HTML dressed up as a PNG, and stores nothing", async () => {
    const before = await imageCount();
    const svg = await upload(svgBytes(), "image/png");
    expect(svg.status).toBe(415);
    expect(svg.body.message).toMatch(/SVG/);
    const html = await upload(htmlBytes(), "image/png");
    expect(html.status).toBe(415);
    expect(html.body.message).toMatch(/HTML/);
    const declared = await upload(svgBytes(), "image/svg+xml");
    expect(declared.status).toBe(415);
    expect(declared.body.message).toMatch(/image\/png, image\/jpeg/);
    expect(await imageCount()).toBe(before);
  });

  it("refuses a file over the size limit with 413, and absurd dimensions with 422", async () => {
    const before = await imageCount();
    const big = Buffer.concat([pngBytes(2, 2), Buffer.alloc(IMAGE_MAX_BYTES)]);
    const tooBig = await upload(big, "image/png");
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toMatch(/larger than 2 MB/);
    const wide = await upload(pngBytes(9000, 1), "image/png");
    expect(wide.status).toBe(422);
    expect(wide.body.message).toMatch(/9000 × 1 pixels/);
    expect(await imageCount()).toBe(before);
  });

  it("takes uploads only from people who signed up", async () => {
    const guest = await server.guest();
    expect((await upload(pngBytes(1, 1), "image/png", guest.token)).status).toBe(403);
    expect((await upload(pngBytes(1, 1), "image/png", null)).status).toBe(401);
  });

  it("answers an unknown picture with 404 and a malformed id with 400", async () => {
    const missing = await server.api<ApiError>("GET", "/api/images/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("image_not_found");
    expect((await server.api("GET", "/api/images/not-an-id")).status).toBe(400);
  });
});
