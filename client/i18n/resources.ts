import { dashboardEn } from "./locales/dashboard.en.ts";
import { dashboardZhCN } from "./locales/dashboard.zh-CN.ts";
import { en } from "./locales/en.ts";
import { eventsEn } from "./locales/events.en.ts";
import { eventsZhCN } from "./locales/events.zh-CN.ts";
import { meetingRoomEn } from "./locales/meetingRoom.en.ts";
import { meetingRoomZhCN } from "./locales/meetingRoom.zh-CN.ts";
import { meetingsEn } from "./locales/meetings.en.ts";
import { meetingsZhCN } from "./locales/meetings.zh-CN.ts";
import { reportEn } from "./locales/report.en.ts";
import { reportZhCN } from "./locales/report.zh-CN.ts";
import { stageEn } from "./locales/stage.en.ts";
import { stageZhCN } from "./locales/stage.zh-CN.ts";
import { zhCN } from "./locales/zh-CN.ts";

/**
 * Every text, by language and i18next namespace. Features from meeting rooms on have a namespace
 * of their own (`useTranslation("meetings")`): i18next types every key of a namespace, and one
 * namespace holding them all grows past what the type-checker can follow.
 */
export const resources = {
  en: { translation: en, meetings: meetingsEn, meetingRoom: meetingRoomEn, events: eventsEn, stage: stageEn, dashboard: dashboardEn, report: reportEn },
  "zh-CN": { translation: zhCN, meetings: meetingsZhCN, meetingRoom: meetingRoomZhCN, events: eventsZhCN, stage: stageZhCN, dashboard: dashboardZhCN, report: reportZhCN },
};
