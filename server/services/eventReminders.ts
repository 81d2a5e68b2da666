import { EVENT_REMINDER_MINUTES } from "../../shared/constants.ts";
import type { Db } from "../db/pool.ts";
import { claimDueEvents } from "../db/repositories/events.ts";
import { notify } from "../db/repositories/notifications.ts";
import { inTransaction } from "../db/inTransaction.ts";
import { pingNotified } from "../http/notifications/pingNotified.ts";
import type { Logger } from "../logger.ts";

/**
 * Reminds everyone who RSVPed of the approved events starting within EVENT_REMINDER_MINUTES:
 * one "event-starting" notification each. The events are marked reminded in the same transaction
 * as the notifications are written, so two ticks or two processes never remind twice. Returns the
 * ids of the events reminded of.
 */
export async function remindDueEvents(db: Db, log: Logger, now = new Date()): Promise<string[]> {
  const until = new Date(now.getTime() + EVENT_REMINDER_MINUTES * 60_000);
  const reminded = await inTransaction(db, async (c) => {
    const due = await claimDueEvents(c, now, until);
    const told = new Set<string>();
    for (const e of due) {
      const ids = await notify(c, e.userIds, "event-starting", { eventId: e.id, title: e.title, startsAt: e.startsAt.toISOString(), parkId: e.parkId });
      for (const id of ids) told.add(id);
    }
    return { eventIds: due.map((e) => e.id), userIds: [...told] };
  });
  // After the commit: the rows are there when the clients fetch them.
  await pingNotified(db, log, reminded.userIds);
  return reminded.eventIds;
}

/** Checks for events about to start every minute; the answer stops it. */
export function startEventReminders(db: Db, log: Logger, everyMs = 60_000): () => void {
  const timer = setInterval(() => {
    remindDueEvents(db, log).catch((err: unknown) => log.warn({ err }, "event reminders failed"));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
