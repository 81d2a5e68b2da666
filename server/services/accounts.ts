import crypto from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { TOKEN_TTL_SECONDS } from "../../shared/constants.ts";
import type { GuestBody, LoginBody, Me, RegisterBody, Role, Session } from "../../shared/protocol/http.ts";
import type { Db } from "../db/pool.ts";
import { findSessionUser, insertSession, revokeSession } from "../db/repositories/sessions.ts";
import { findUserByUsername, insertUser, updateUserRole, UsernameTakenError, type UserRow } from "../db/repositories/users.ts";
import { HttpError } from "../http/httpError.ts";
import { randomAvatarColour } from "./avatarColour.ts";
import { decoyHash, hashPassword, verifyPassword } from "./passwords.ts";

/** Who is making a request, as established from a verified token and the database. */
// Not named sessionId: Colyseus would take that field of an onAuth result as the room session id.
export interface Actor { user: UserRow; loginId: string }

export const toMe = (u: UserRow): Me => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  colour: u.colour,
  createdAt: u.createdAt.toISOString(),
});

export interface Accounts {
  register(body: RegisterBody): Promise<Session>;
  login(body: LoginBody): Promise<Session>;
  enterAsGuest(body: GuestBody): Promise<Session>;
  logout(actor: Actor): Promise<void>;
  /** The actor behind a token, or null when it is forged, expired or logged out. */
  authenticate(token: string): Promise<Actor | null>;
  createManager(input: { username: string; displayName: string; password: string }): Promise<{ user: Me; promoted: boolean }>;
}

export function createAccounts(db: Db, secret: Uint8Array): Accounts {
  const issue = async (user: UserRow): Promise<Session> => {
    // Whole seconds, as the token's exp claim carries them.
    const expiresAt = new Date((Math.floor(Date.now() / 1000) + TOKEN_TTL_SECONDS) * 1000);
    const sessionId = await insertSession(db, user.id, expiresAt);
    const token = await new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(expiresAt.getTime() / 1000)
      .sign(secret);
    return { token, expiresAt: expiresAt.toISOString(), user: toMe(user) };
  };

  const create = async (username: string, displayName: string, passwordHash: string | null, role: Role) => {
    try {
      return await insertUser(db, { username, displayName, passwordHash, role, colour: randomAvatarColour() });
    } catch (e) {
      if (e instanceof UsernameTakenError) throw new HttpError(409, "username_taken", `the username "${username}" is already taken`);
      throw e;
    }
  };

  return {
    async register(body) {
      const user = await create(body.username, body.displayName, await hashPassword(body.password), "resident");
      return issue(user);
    },

    async login(body) {
      const user = await findUserByUsername(db, body.username);
      const ok = user?.passwordHash
        ? await verifyPassword(user.passwordHash, body.password)
        : (await verifyPassword(await decoyHash(), body.password), false);
      if (!user || !ok) throw new HttpError(401, "wrong_credentials", "wrong username or password");
      return issue(user);
    },

    async enterAsGuest(body) {
      for (;;) {
        const tag = crypto.randomInt(1000, 1_000_000).toString();
        try {
          const generated = body.language === "zh-CN" ? `访客 ${tag}` : `Guest ${tag}`;
          const user = await create(`guest-${tag}`, body.displayName ?? generated, null, "guest");
          return await issue(user);
        } catch (e) {
          if (!(e instanceof HttpError && e.code === "username_taken")) throw e;
        }
      }
    },

    async logout(actor) {
      await revokeSession(db, actor.loginId);
    },

    async authenticate(token) {
      try {
        const { payload } = await jwtVerify(token, secret, { algorithms: ["HS256"] });
        if (typeof payload.sid !== "string" || typeof payload.sub !== "string") return null;
        const user = await findSessionUser(db, payload.sid);
        return user && user.id === payload.sub ? { user, loginId: payload.sid } : null;
      } catch {
        return null;
      }
    },

    async createManager({ username, displayName, password }) {
      const existing = await findUserByUsername(db, username);
      const passwordHash = await hashPassword(password);
      if (existing) {
        await updateUserRole(db, existing.id, "manager", passwordHash, displayName);
        return { user: toMe({ ...existing, role: "manager", displayName }), promoted: true };
      }
      return { user: toMe(await create(username, displayName, passwordHash, "manager")), promoted: false };
    },
  };
}
