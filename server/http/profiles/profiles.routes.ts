import { Profile, UpdateProfileBody, UserIdParams } from "../../../shared/protocol/companies.ts";
import type { Db } from "../../db/pool.ts";
import { findProfile, updateProfile } from "../../db/repositories/profiles.ts";
import type { Logger } from "../../logger.ts";
import type { Actor } from "../../services/accounts.ts";
import { apiRoute } from "../apiRoute.ts";
import { tellEveryParkAboutPeople } from "../companies/parkNews.ts";
import { HttpError } from "../httpError.ts";

const notFound = () => new HttpError(404, "user_not_found", "there is nobody with that id");

/** Someone's own profile: with every company they belong to, suspended ones too. */
async function ownProfile(db: Db, actor: Actor): Promise<Profile> {
  const profile = await findProfile(db, actor.user.id, { withSuspended: true });
  if (!profile) throw notFound();
  return profile;
}

export const profileRoutes = (db: Db, log: Logger) => [
  apiRoute({
    method: "get", path: "/api/users/:id/profile", tag: "profiles", auth: "optional",
    summary: "Someone's profile card: name, role, avatar, bio, skills and companies",
    params: UserIdParams, status: 200, response: Profile,
    errors: { 404: "nobody with that id" },
    handler: async ({ params, actor }) => {
      // Suspended companies are hidden from the public; the person themselves and managers still see them.
      const withSuspended = actor !== null && (actor.user.id === params.id || actor.user.role === "manager");
      const profile = await findProfile(db, params.id, { withSuspended });
      if (!profile) throw notFound();
      return profile;
    },
  }),
  apiRoute({
    method: "get", path: "/api/me/profile", tag: "profiles", auth: "signed-in",
    summary: "My own profile, for the profile editor",
    status: 200, response: Profile,
    handler: async ({ actor }) => ownProfile(db, actor!),
  }),
  apiRoute({
    method: "patch", path: "/api/me/profile", tag: "profiles", auth: "profile.edit",
    summary: "Change my display name, avatar colour and style, bio or skills; only the fields given change",
    body: UpdateProfileBody, status: 200, response: Profile,
    handler: async ({ body, actor }) => {
      if (!(await updateProfile(db, actor!.user.id, body))) throw notFound();
      // Avatars in every park show the name, colour and style.
      await tellEveryParkAboutPeople(db, log, [actor!.user.id]);
      return ownProfile(db, actor!);
    },
  }),
];
