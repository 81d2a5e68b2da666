import i18next from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import type { dashboardEn } from "./locales/dashboard.en.ts";
import type { en } from "./locales/en.ts";
import type { eventsEn } from "./locales/events.en.ts";
import type { meetingRoomEn } from "./locales/meetingRoom.en.ts";
import type { meetingsEn } from "./locales/meetings.en.ts";
import type { reportEn } from "./locales/report.en.ts";
import type { stageEn } from "./locales/stage.en.ts";
import { resources } from "./resources.ts";
import { isLanguage, LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from "./language.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en; meetings: typeof meetingsEn; meetingRoom: typeof meetingRoomEn; events: typeof eventsEn; stage: typeof stageEn; dashboard: typeof dashboardEn; report: typeof reportEn };
  }
}

const readStored = (): string | null => {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
};

const applyToDocument = (lng: Language): void => {
  document.documentElement.lang = lng;
};

export function initI18n(): typeof i18next {
  const lng = pickLanguage(readStored(), navigator.languages?.length ? navigator.languages : [navigator.language]);
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: "en",
    supportedLngs: ["zh-CN", "en"],
    resources,
    ns: ["translation", "meetings", "meetingRoom", "events", "stage", "dashboard", "report"],
    // React escapes what it renders; escaping here too would show &amp; in names.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyToDocument(lng);
  return i18next;
}

export function setLanguage(lng: Language): void {
  void i18next.changeLanguage(lng);
  applyToDocument(lng);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // The choice then lasts for this visit only.
  }
}

/** The current language, re-rendering on change. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lng) ? lng : "en";
}
