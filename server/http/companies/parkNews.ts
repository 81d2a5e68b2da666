import type { Db } from "../../db/pool.ts";
import { companyParkIds } from "../../db/repositories/companies.ts";
import { listParkIds } from "../../db/repositories/parks.ts";
import type { Logger } from "../../logger.ts";
import { publishParkEvent, type ParkEvent } from "../../park/parkEvents.ts";

/**
 * Live parks are told after the change is committed. A lost message only leaves a park showing the
 * old sign or badge until it reloads, so it is logged, never turned into a failed request.
 */
async function tell(parkIds: readonly string[], event: ParkEvent, log: Logger): Promise<void> {
  await Promise.all(parkIds.map(async (parkId) => {
    try {
      await publishParkEvent(parkId, event);
    } catch (err) {
      log.warn({ err, parkId, event: event.kind }, "could not tell a park about a change");
    }
  }));
}

/** People's names, badges or companies changed: every park may have them walking in it. */
export async function tellEveryParkAboutPeople(db: Db, log: Logger, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await tell(await listParkIds(db), { kind: "people", userIds: [...userIds] }, log);
}

/** A company's name, colour, logo, badge or suspension changed: the parks with its booths redraw their signs. */
export async function tellCompanyParksAboutBooths(db: Db, log: Logger, companyId: string): Promise<void> {
  await tell(await companyParkIds(db, companyId), { kind: "booths" }, log);
}
