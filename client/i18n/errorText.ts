import type { TFunction } from "i18next";
import type { ApiError } from "../../shared/protocol/http.ts";

const KNOWN = ["username_taken", "wrong_credentials", "unauthenticated", "park_not_found", "network", "bad_response"] as const;
type KnownCode = (typeof KNOWN)[number];
const isKnown = (code: string): code is KnownCode => (KNOWN as readonly string[]).includes(code);

/**
 * What to tell the person about a failed API call, in their language. The server writes its
 * messages in English; codes we know get our own words, and the server's detail is kept where
 * it says something specific (which field is wrong).
 */
export function errorText(t: TFunction, error: ApiError): string {
  if (isKnown(error.code)) return t(`errors.${error.code}`);
  const detail = error.issues?.[0]?.message ?? error.message;
  if (error.code === "invalid_request") return t("errors.invalid_request", { detail });
  return t("errors.generic", { detail: error.message });
}
