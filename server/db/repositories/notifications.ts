import type { Queryable } from "./booths.ts";

/** What a notification is about: the client words and links it from these. */
export type NotificationPayload = TaskNotificationPayload | MeetingNotificationPayload | EventNotificationPayload;
/** About a task of the demand hall. */
export interface TaskNotificationPayload { taskId: string; taskTitle: string; [more: string]: unknown }
/** About a meeting booking (meeting-invited, meeting-cancelled); startsAt is an ISO time. */
export interface MeetingNotificationPayload { bookingId: string; roomId: string; roomName: string; title: string; startsAt: string; [more: string]: unknown }
/** About an event (event-starting, event-approved, event-rejected, event-cancelled); startsAt is an ISO time. */
export interface EventNotificationPayload { eventId: string; title: string; startsAt: string; parkId: string; [more: string]: unknown }

/** One notification for each of these people (each once, however often named). */
export async function notify(db: Queryable, userIds: ReadonlyArray<string | null>, kind: string, payload: NotificationPayload): Promise<string[]> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return [];
  await db.query(
    "INSERT INTO notifications (user_id, kind, payload) SELECT unnest($1::uuid[]), $2, $3::jsonb", [ids, kind, JSON.stringify(payload)],
  );
  return ids;
}
