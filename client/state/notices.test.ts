import i18next from "i18next";
import { describe, expect, it } from "vitest";
import type { ParkNotice } from "../../shared/protocol/parkMessages.ts";
import { en } from "../i18n/locales/en.ts";
import { zhCN } from "../i18n/locales/zh-CN.ts";
import { expireNotices, initialNotices, liveNotices, MAX_NOTICES, nextExpiry, NOTICE_MS, noticesStore, noticeWording, pushNotice } from "./notices.ts";

const posted = (title: string): ParkNotice => ({ kind: "task-posted", taskId: `t-${title}`, title, who: "王工", company: "云启自动化" });

describe("notice queue", () => {
  it("shows the newest first, at most three, each for eight seconds", () => {
    noticesStore.setState(initialNotices());
    for (let i = 0; i < 5; i++) pushNotice(noticesStore, posted(`task ${i}`), 1000 + i * 100);
    const state = noticesStore.getState();
    expect(state.received).toBe(5);
    expect(state.entries.map((e) => e.notice.title)).toEqual(["task 4", "task 3", "task 2"]);
    expect(state.entries).toHaveLength(MAX_NOTICES);
    expect(state.latest?.title).toBe("task 4");

    expect(nextExpiry(state.entries)).toBe(1200 + NOTICE_MS);
    expireNotices(noticesStore, 1200 + NOTICE_MS);
    expect(noticesStore.getState().entries.map((e) => e.notice.title)).toEqual(["task 4", "task 3"]);
    expireNotices(noticesStore, 1400 + NOTICE_MS);
    expect(noticesStore.getState().entries).toEqual([]);
    expect(nextExpiry([])).toBeNull();
    // The count keeps going: the board refreshes on every notice, shown or not.
    expect(noticesStore.getState().received).toBe(5);
  });

  it("drops notices that ran out while a new one arrives", () => {
    const old = { id: 1, notice: posted("old"), at: 0 };
    expect(liveNotices([old], NOTICE_MS - 1)).toHaveLength(1);
    expect(liveNotices([old], NOTICE_MS)).toHaveLength(0);
  });
});

describe("notice wording", () => {
  const say = (lng: "en" | "zh-CN", notice: ParkNotice) => {
    const t = i18next.createInstance();
    void t.init({ lng, resources: { en: { translation: en }, "zh-CN": { translation: zhCN } }, interpolation: { escapeValue: false }, initAsync: false });
    const w = noticeWording(notice);
    return t.t(w.key, w.values);
  };

  it("names the company that posted, the person who took it, the company whose task was completed", () => {
    expect(say("zh-CN", posted("PLC 程序调试"))).toBe("云启自动化 发布了：PLC 程序调试");
    expect(say("en", posted("PLC 程序调试"))).toBe("云启自动化 posted: PLC 程序调试");
    const taken: ParkNotice = { kind: "task-assigned", taskId: "t", title: "PLC 程序调试", who: "王工", company: "云启自动化" };
    expect(say("en", taken)).toBe("王工 took: PLC 程序调试");
    expect(say("zh-CN", taken)).toBe("王工 接下了：PLC 程序调试");
    const done: ParkNotice = { kind: "task-completed", taskId: "t", title: "PLC 程序调试", who: "王工", company: "云启自动化" };
    expect(say("en", done)).toBe("Completed for 云启自动化: PLC 程序调试");
  });

  it("names the poster of a personal need", () => {
    expect(say("en", { kind: "task-posted", taskId: "t", title: "Logo", who: "Li Na", company: null })).toBe("Li Na posted: Logo");
  });
});
