import type { TFunction } from "i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { errorText } from "../../i18n/errorText.ts";

/** A failed dashboard call in the person's words: refusals and unknown places get the dashboard's own sentence. */
export function dashboardErrorText(t: TFunction<"dashboard">, tt: TFunction, error: ApiError): string {
  if (error.status === 403) return t("errors.forbidden");
  if (error.status === 404) return t("errors.notFound");
  if (error.status === 400) return t("errors.badRange", { detail: error.issues?.[0]?.message ?? error.message });
  return errorText(tt, error);
}
