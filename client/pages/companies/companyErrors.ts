import type { TFunction } from "i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { errorText } from "../../i18n/errorText.ts";

/** A failed company call in the person's words: refusals by status, the rest as the app says them. */
export function companyErrorText(t: TFunction, error: ApiError): string {
  if (error.status === 403) return error.code === "guest" || /guest|register/i.test(error.message) ? t("company.errors.guest") : t("company.errors.forbidden");
  if (error.status === 404) return t("company.errors.notFound");
  if (error.status === 409) return t("company.errors.conflict", { detail: error.message });
  return errorText(t, error);
}
