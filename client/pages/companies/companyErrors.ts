import type { TFunction } from "i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { errorText } from "../../i18n/errorText.ts";
import { companyEn } from "../../i18n/locales/company.en.ts";

type Code = keyof typeof companyEn.errors.codes;
const isCode = (code: string): code is Code => Object.hasOwn(companyEn.errors.codes, code);

/**
 * A failed company call in the person's words: the server's codes we know get our own sentence,
 * other refusals are said by status, and the rest as the app says them everywhere.
 */
export function companyErrorText(t: TFunction, error: ApiError): string {
  if (isCode(error.code)) return t(`company.errors.codes.${error.code}`);
  if (error.status === 403) return t("company.errors.forbidden");
  if (error.status === 404) return t("company.errors.notFound");
  if (error.status === 409) return t("company.errors.conflict", { detail: error.message });
  return errorText(t, error);
}
