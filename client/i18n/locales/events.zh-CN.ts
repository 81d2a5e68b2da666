import type { Texts } from "./en.ts";
import type { eventsEn } from "./events.en.ts";

/** 活动（直播大厅之外）。 */
export const eventsZhCN: Texts<typeof eventsEn> = {
  title: "活动",
};
