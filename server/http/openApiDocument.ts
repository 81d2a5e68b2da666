import { z } from "zod";
import { ApiError } from "../../shared/protocol/http.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import type { ApiRoute } from "./apiRoute.ts";

const jsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" });

const parameters = (schema: z.ZodType | undefined, where: "path" | "query") => {
  if (!schema) return [];
  const js = jsonSchema(schema, "input") as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name, in: where, required: where === "path" || (js.required ?? []).includes(name), schema: s,
  }));
};

/** A body of raw bytes in any of these types, such as an image. */
const binaryContent = (types: readonly string[]) =>
  Object.fromEntries(types.map((t) => [t, { schema: { type: "string", contentMediaType: t } }]));

/** The OpenAPI 3.1 description of the API, generated from the routes' own schemas. */
export function openApiDocument(routes: readonly ApiRoute[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:([A-Za-z_]+)/g, "{$1}");
    const responses: Record<string, object> = {
      [r.status]: r.produces
        ? { description: "success", content: binaryContent(r.produces) }
        : r.response
          ? { description: "success", content: { "application/json": { schema: jsonSchema(r.response, "output") } } }
          : { description: "success, no content" },
    };
    const errors: Record<number, string> = { ...r.errors };
    if (r.body || r.params || r.query) errors[400] = "the input does not match the schema";
    if (r.rawBody) {
      errors[413] = `the body is larger than ${r.rawBody.limit} bytes`;
      errors[415] = `the body is not one of ${r.rawBody.types.join(", ")}`;
    }
    const signedIn = r.auth !== "public" && r.auth !== "optional";
    if (signedIn) errors[401] = "no valid session token";
    if (signedIn && r.auth !== "signed-in") errors[403] = `the role may not ${r.auth}`;
    for (const [status, description] of Object.entries(errors)) {
      responses[status] = { description, content: { "application/json": { schema: { $ref: "#/components/schemas/ApiError" } } } };
    }
    (paths[path] ??= {})[r.method] = {
      summary: r.summary,
      tags: [r.tag],
      ...(signedIn ? { security: [{ bearer: [] }] } : r.auth === "optional" ? { security: [{}, { bearer: [] }] } : {}),
      parameters: [...parameters(r.params, "path"), ...parameters(r.query, "query")],
      ...(r.rawBody ? { requestBody: { required: true, content: binaryContent(r.rawBody.types) } } : {}),
      ...(r.body && !r.rawBody ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(r.body, "input") } } } } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Enclave API",
      version: `protocol ${PROTOCOL_VERSION}`,
      description: "HTTP API of an Enclave server. Rooms (WebSocket) are described in docs/PROTOCOL.md.",
    },
    paths,
    components: {
      schemas: { ApiError: jsonSchema(ApiError, "output") },
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    },
  };
}
