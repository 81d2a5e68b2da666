import { useTranslation } from "react-i18next";
import type { ParkStatus } from "../state/park.ts";

/** The non-blocking notice while the SDK reconnects by itself; the page stays usable to look at. */
export function ConnectionBanner({ status }: { status: ParkStatus }) {
  const { t } = useTranslation();
  return (
    <div className="banner-slot" role="status" aria-live="polite">
      {status === "reconnecting" && (
        <div className="banner" data-testid="reconnecting-banner">
          <span className="spinner" aria-hidden="true" />
          {t("park.reconnecting")}
        </div>
      )}
    </div>
  );
}
