import { z } from "zod";
import {
  DISPLAY_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN,
} from "../constants.ts";
import { LocalizedParagraph, LocalizedText, ParkLayout } from "./parkLayout.ts";

/** Who may do what is decided from this, on the server only. */
export const Role = z.enum(["guest", "resident", "manager"]);
export type Role = z.infer<typeof Role>;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .min(USERNAME_MIN, `a username has at least ${USERNAME_MIN} characters`)
  .max(USERNAME_MAX, `a username has at most ${USERNAME_MAX} characters`)
  .regex(/^[a-z0-9_.-]+$/, "a username uses only letters, digits, dot, dash and underscore");

export const DisplayName = z
  .string()
  .trim()
  .min(1, "a display name cannot be empty")
  .max(DISPLAY_NAME_MAX, `a display name has at most ${DISPLAY_NAME_MAX} characters`)
  // Control characters would let a name break the layout of every list it appears in.
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "a display name cannot contain control characters");

export const Password = z
  .string()
  .min(PASSWORD_MIN, `a password has at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `a password has at most ${PASSWORD_MAX} characters`);

export const Colour = z.string().regex(/^#[0-9a-f]{6}$/, "a colour is written #rrggbb");

export const RegisterBody = z.object({ username: Username, displayName: DisplayName, password: Password }).strict();
export type RegisterBody = z.infer<typeof RegisterBody>;

export const LoginBody = z.object({ username: Username, password: z.string().min(1).max(PASSWORD_MAX) }).strict();
export type LoginBody = z.infer<typeof LoginBody>;

export const Language = z.enum(["zh-CN", "en"]);
export type Language = z.infer<typeof Language>;

/** A guest may choose a name; otherwise one is generated in the guest's language. */
export const GuestBody = z.object({ displayName: DisplayName.optional(), language: Language.optional() }).strict();
export type GuestBody = z.infer<typeof GuestBody>;

export const Me = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  colour: Colour,
  createdAt: z.string(),
});
export type Me = z.infer<typeof Me>;

export const Session = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: Me,
});
export type Session = z.infer<typeof Session>;

export const ParkSummary = z.object({
  id: z.string(),
  name: LocalizedText,
  city: LocalizedText,
  description: LocalizedParagraph,
  online: z.number().int().nonnegative(),
});
export type ParkSummary = z.infer<typeof ParkSummary>;

export const ParkList = z.object({ parks: z.array(ParkSummary) });
export type ParkList = z.infer<typeof ParkList>;

export const ParkDetail = z.object({
  layout: ParkLayout,
  version: z.number().int().positive(),
  online: z.number().int().nonnegative(),
});
export type ParkDetail = z.infer<typeof ParkDetail>;

export const ParkIdParams = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "not a park id") });

/** Every error the API answers has this shape, whatever went wrong. */
export const ApiError = z.object({
  status: z.number().int(),
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiError>;
