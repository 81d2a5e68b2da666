import type { Db } from "../../db/pool.ts";
import { listParkIds } from "../../db/repositories/parks.ts";
import type { Logger } from "../../logger.ts";
import { publishParkEvent } from "../../park/parkEvents.ts";

/**
 * Tells every park that these people have something new, so their clients fetch notifications.
 * The rows are already committed; a lost ping only delays the badge until the next fetch.
 */
export async function pingNotified(db: Db, log: Logger, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await Promise.all((await listParkIds(db)).map(async (parkId) => {
    try {
      await publishParkEvent(parkId, { kind: "notified", userIds: [...userIds] });
    } catch (err) {
      log.warn({ err, parkId }, "could not ping a park about notifications");
    }
  }));
}
