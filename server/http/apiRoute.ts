import type { Request, Response } from "express";
import type { z } from "zod";
import type { Action } from "../../shared/rules/permissions.ts";
import type { Actor } from "../services/accounts.ts";

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<B, P, Q> {
  body: B;
  params: P;
  query: Q;
  actor: Actor | null;
  req: Request;
  res: Response;
}

/**
 * One HTTP route, described by the same zod schemas that validate it. The express wiring and the
 * OpenAPI document are both built from these, so the document cannot drift from the code.
 */
export interface ApiRoute<B extends Schema | undefined = Schema | undefined, P extends Schema | undefined = Schema | undefined, Q extends Schema | undefined = Schema | undefined> {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** Express-style path, e.g. /api/parks/:id */
  path: string;
  summary: string;
  tag: string;
  /** "signed-in": any valid session; an Action: a session whose role may take it. */
  auth: "public" | "signed-in" | Action;
  body?: B;
  params?: P;
  query?: Q;
  status: number;
  /** Schema of a successful answer; none for 204. */
  response?: Schema;
  /** Other answers this route gives on purpose, with what they mean. */
  errors?: Record<number, string>;
  handler(input: RouteInput<Infer<B>, Infer<P>, Infer<Q>>): Promise<unknown>;
}

/** Keeps each route's handler typed by its own schemas inside one heterogeneous list. */
export const apiRoute = <B extends Schema | undefined, P extends Schema | undefined, Q extends Schema | undefined>(
  route: ApiRoute<B, P, Q>,
): ApiRoute => route as unknown as ApiRoute;
