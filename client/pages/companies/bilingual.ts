import type { Language } from "../../i18n/language.ts";

/** Text a company wrote in Chinese and/or English. */
export type Bilingual = { "zh-CN"?: string | undefined; en?: string | undefined };

/**
 * The text in the reader's language, or in the other one when the company wrote only that
 * (with its language, so the page can mark it `lang`); null when neither has any words.
 */
export function readIn(text: Bilingual, lng: Language): { text: string; lang: Language } | null {
  const other: Language = lng === "en" ? "zh-CN" : "en";
  for (const l of [lng, other]) {
    const value = text[l]?.trim();
    if (value) return { text: value, lang: l };
  }
  return null;
}
