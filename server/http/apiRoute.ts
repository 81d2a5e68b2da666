import type { Request, Response } from "express";
import type { z } from "zod";
import type { Action } from "../../shared/rules/permissions.ts";
import type { Actor } from "../services/accounts.ts";

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

/** A route that takes its body as raw bytes (an uploaded file) instead of JSON. */
export interface RawBodySpec {
  /** Content types the route accepts; any other is refused with 415 before the body is read. */
  types: readonly string[];
  /** The largest body in bytes; a larger one is refused with 413. */
  limit: number;
}

/** The raw body of a route with `rawBody`, and the content type the sender declared for it. */
export interface RawUpload { bytes: Buffer; contentType: string }

export interface RouteInput<B, P, Q, R> {
  body: B;
  params: P;
  query: Q;
  /** The uploaded bytes of a route with `rawBody`. */
  raw: R;
  actor: Actor | null;
  req: Request;
  res: Response;
}

/**
 * What a handler returns to answer with bytes (an image) rather than JSON. With an `etag`, a
 * request whose If-None-Match already names it is answered 304 without the bytes.
 */
export class BytesAnswer {
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly etag: string | null;
  readonly headers: Readonly<Record<string, string>>;

  constructor(a: { bytes: Buffer; contentType: string; etag?: string; headers?: Record<string, string> }) {
    this.bytes = a.bytes;
    this.contentType = a.contentType;
    this.etag = a.etag ?? null;
    this.headers = a.headers ?? {};
  }
}

/**
 * Who may call a route: "public": anyone, without looking at a token; "optional": anyone, with the
 * actor filled in when a valid token comes along; "signed-in": any valid session; an Action: a
 * session whose role may take it.
 */
export type RouteAuth = "public" | "optional" | "signed-in" | Action;

/**
 * One HTTP route, described by the same zod schemas that validate it. The express wiring and the
 * OpenAPI document are both built from these, so the document cannot drift from the code.
 */
export interface ApiRoute<
  B extends Schema | undefined = Schema | undefined,
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  R extends RawBodySpec | undefined = RawBodySpec | undefined,
> {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** Express-style path, e.g. /api/parks/:id */
  path: string;
  summary: string;
  tag: string;
  auth: RouteAuth;
  body?: B;
  /** Take the body as bytes of these types (then `body` stays unset). */
  rawBody?: R;
  params?: P;
  query?: Q;
  status: number;
  /** Schema of a successful answer; none for 204 or for answers in bytes. */
  response?: Schema;
  /** Content types of a successful answer in bytes: the handler returns a BytesAnswer. */
  produces?: readonly string[];
  /** Other answers this route gives on purpose, with what they mean. */
  errors?: Record<number, string>;
  handler(input: RouteInput<Infer<B>, Infer<P>, Infer<Q>, R extends RawBodySpec ? RawUpload : undefined>): Promise<unknown>;
}

/** Keeps each route's handler typed by its own schemas inside one heterogeneous list. */
export const apiRoute = <B extends Schema | undefined, P extends Schema | undefined, Q extends Schema | undefined, R extends RawBodySpec | undefined = undefined>(
  route: ApiRoute<B, P, Q, R>,
): ApiRoute => route as unknown as ApiRoute;
