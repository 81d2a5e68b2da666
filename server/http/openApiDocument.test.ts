import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiRoute, BytesAnswer } from "./apiRoute.ts";
import { openApiDocument } from "./openApiDocument.ts";

interface Operation {
  security?: object[];
  requestBody?: { content: Record<string, object> };
  responses: Record<string, { content?: Record<string, object> }>;
}
const operation = (doc: object, path: string, method: string): Operation =>
  (doc as { paths: Record<string, Record<string, Operation>> }).paths[path]![method]!;

const routes = [
  apiRoute({
    method: "post", path: "/api/files", tag: "files", auth: "signed-in", summary: "upload",
    rawBody: { types: ["image/png", "image/gif"], limit: 1000 }, status: 201, response: z.object({ id: z.string() }),
    handler: async ({ raw }) => ({ id: String(raw.bytes.length) }),
  }),
  apiRoute({
    method: "get", path: "/api/files/:id", tag: "files", auth: "public", summary: "download",
    params: z.object({ id: z.string() }), status: 200, produces: ["image/png"],
    handler: async () => new BytesAnswer({ bytes: Buffer.alloc(1), contentType: "image/png" }),
  }),
  apiRoute({
    method: "get", path: "/api/things/:id", tag: "things", auth: "optional", summary: "read, better when signed in",
    params: z.object({ id: z.string() }), status: 200, response: z.object({ mine: z.boolean() }),
    handler: async ({ actor }) => ({ mine: actor !== null }),
  }),
];

describe("openApiDocument", () => {
  const doc = openApiDocument(routes);

  it("describes a raw upload by its content types, with its size and type refusals", () => {
    const upload = operation(doc, "/api/files", "post");
    expect(Object.keys(upload.requestBody!.content)).toEqual(["image/png", "image/gif"]);
    expect(Object.keys(upload.responses)).toEqual(expect.arrayContaining(["201", "401", "413", "415"]));
    expect(upload.responses["201"]!.content!["application/json"]).toBeDefined();
  });

  it("describes an answer in bytes by its content types", () => {
    const download = operation(doc, "/api/files/{id}", "get");
    expect(Object.keys(download.responses["200"]!.content!)).toEqual(["image/png"]);
    expect(download.security).toBeUndefined();
  });

  it("marks a token as optional where the route reads one when given, and never answers 401 there", () => {
    const read = operation(doc, "/api/things/{id}", "get");
    expect(read.security).toEqual([{}, { bearer: [] }]);
    expect(read.responses["401"]).toBeUndefined();
  });
});
