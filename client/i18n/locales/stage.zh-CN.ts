import type { Texts } from "./en.ts";
import type { stageEn } from "./stage.en.ts";

/** 发布会直播大厅。 */
export const stageZhCN: Texts<typeof stageEn> = {
  leave: "离开大厅",
};
