import type { Db } from "../../db/pool.ts";
import { listParks } from "../../db/repositories/parks.ts";
import type { Logger } from "../../logger.ts";
import { publishParkEvent } from "../../park/parkEvents.ts";

/**
 * Tells every park that these people have something new, so their clients fetch notifications.
 * The rows are already committed; a lost ping only delays the badge until the next fetch.
 */
export async function pingNotified(db: Db, log: Logger, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const parks = await listParks(db);
  await Promise.all(parks.map(async (p) => {
    try {
      await publishParkEvent(p.id, { kind: "notified", userIds: [...userIds] });
    } catch (err) {
      log.warn({ err, parkId: p.id }, "could not ping a park about notifications");
    }
  }));
}
