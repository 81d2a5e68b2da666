import type { Role } from "../protocol/http.ts";

/**
 * Every action that needs a permission, and the roles that may take it. The server asks `can`
 * before acting; the client may ask it to hide buttons, but is never trusted with the answer.
 */
export const PERMISSIONS = {
  "park.enter": ["guest", "resident", "manager"],
  "park.chat": ["resident", "manager"],
  "park.edit": ["manager"],
  "profile.edit": ["resident", "manager"],
  "company.create": ["resident", "manager"],
  /** Verify or suspend a company. */
  "company.moderate": ["manager"],
  /** Approve booth applications, assign and free booths. */
  "booth.manage": ["manager"],
  "card.leave": ["resident", "manager"],
  "image.upload": ["resident", "manager"],
  /** Post, apply to, take and rate tasks in the demand hall. */
  "task.work": ["resident", "manager"],
  /** Decide disputes between a task's sides. */
  "dispute.decide": ["manager"],
  /** Certify experts and grant the authority level. */
  "expert.certify": ["manager"],
  /** Create meeting rooms, give them to companies and experts, edit any of them. */
  "meeting.manage": ["manager"],
  /** Book a meeting room's calendar (the room's own rules say which rooms). */
  "meeting.book": ["resident", "manager"],
  /** Create events for one's company (a manager approves them), RSVP, ask questions. */
  "event.create": ["resident", "manager"],
  /** Approve or reject companies' events; hold the park's own. */
  "event.approve": ["manager"],
  /** Park-wide figures: every booth's visits. */
  "dashboard.view": ["manager"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}
