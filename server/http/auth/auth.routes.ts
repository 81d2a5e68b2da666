import { GuestBody, LoginBody, Me, RegisterBody, Session } from "../../../shared/protocol/http.ts";
import { toMe, type Accounts } from "../../services/accounts.ts";
import { apiRoute } from "../apiRoute.ts";

export const authRoutes = (accounts: Accounts) => [
  apiRoute({
    method: "post", path: "/api/auth/register", tag: "accounts", auth: "public",
    summary: "Register a resident account and sign in",
    body: RegisterBody, status: 201, response: Session,
    errors: { 409: "the username is taken" },
    handler: ({ body }) => accounts.register(body),
  }),
  apiRoute({
    method: "post", path: "/api/auth/login", tag: "accounts", auth: "public",
    summary: "Sign in with username and password",
    body: LoginBody, status: 200, response: Session,
    errors: { 401: "wrong username or password" },
    handler: ({ body }) => accounts.login(body),
  }),
  apiRoute({
    method: "post", path: "/api/auth/guest", tag: "accounts", auth: "public",
    summary: "Enter as a guest with a generated name",
    body: GuestBody, status: 201, response: Session,
    handler: ({ body }) => accounts.enterAsGuest(body),
  }),
  apiRoute({
    method: "post", path: "/api/auth/logout", tag: "accounts", auth: "signed-in",
    summary: "End the current session; its token stops working",
    status: 204,
    handler: ({ actor }) => accounts.logout(actor!),
  }),
  apiRoute({
    method: "get", path: "/api/me", tag: "accounts", auth: "signed-in",
    summary: "The signed-in person",
    status: 200, response: Me,
    handler: async ({ actor }) => toMe(actor!.user),
  }),
];
