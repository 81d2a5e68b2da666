import type { TFunction } from "i18next";
import type { ApiError } from "../../shared/protocol/http.ts";

const KNOWN = ["username_taken", "wrong_credentials", "unauthenticated", "park_not_found", "network", "bad_response"] as const;
type KnownCode = (typeof KNOWN)[number];
const isKnown = (code: string): code is KnownCode => (KNOWN as readonly string[]).includes(code);

/** Form fields whose rules we can state in the person's language. */
const FIELDS = ["username", "displayName", "password"] as const;
type Field = (typeof FIELDS)[number];
const isField = (path: string | undefined): path is Field => (FIELDS as readonly string[]).includes(path ?? "");

/**
 * What to tell the person about a failed API call, in their language. The server writes its
 * messages in English; codes we know get our own words, and the server's detail is kept where
 * it says something specific (which field is wrong).
 */
export function errorText(t: TFunction, error: ApiError): string {
  if (isKnown(error.code)) return t(`errors.${error.code}`);
  const path = error.issues?.[0]?.path;
  if (error.code === "invalid_request" && isField(path)) {
    return t("errors.field", { field: t(`auth.${path}`), rule: t(`errors.rules.${path}`) });
  }
  const detail = error.issues?.[0]?.message ?? error.message;
  if (error.code === "invalid_request") return t("errors.invalid_request", { detail });
  return t("errors.generic", { detail: error.message });
}
