import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError, ParkSummary } from "../../../shared/protocol/http.ts";
import { errorText } from "../../i18n/errorText.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { fetchParks } from "../../net/api.ts";
import { navigate, parkPath } from "../../router.ts";

/** Online counts move while the page is open; a slow poll keeps them honest without a socket. */
const REFRESH_MS = 15_000;

type Load = { state: "loading" } | { state: "ready"; parks: ParkSummary[] } | { state: "failed"; error: ApiError };

export function ParkList({ canEnter }: { canEnter: boolean }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [load, setLoad] = useState<Load>({ state: "loading" });

  const refresh = useCallback(async () => {
    const result = await fetchParks();
    setLoad((prev) => {
      if (result.ok) return { state: "ready", parks: result.value.parks };
      // A failed background refresh keeps the list that was already shown.
      return prev.state === "ready" ? prev : { state: "failed", error: result.error };
    });
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return (
    <section className="parks" aria-labelledby="parks-title">
      <div className="parks__head">
        <h2 id="parks-title">{t("landing.parksTitle")}</h2>
        <p>{canEnter ? t("landing.parksLead") : t("landing.signInToEnter")}</p>
      </div>
      {load.state === "loading" && <p className="muted" role="status">{t("landing.parksLoading")}</p>}
      {load.state === "failed" && (
        <div className="notice notice--error" role="alert">
          <span>{t("landing.parksFailed")} {errorText(t, load.error)}</span>
          <button type="button" className="button button--ghost" onClick={() => { setLoad({ state: "loading" }); void refresh(); }}>
            {t("landing.retry")}
          </button>
        </div>
      )}
      {load.state === "ready" && load.parks.length === 0 && <p className="muted">{t("landing.parksEmpty")}</p>}
      {load.state === "ready" && load.parks.length > 0 && (
        <ul className="park-grid">
          {load.parks.map((park, i) => (
            <li key={park.id} className="park-card" data-park-id={park.id}>
              <div className={`park-card__art park-card__art--${i % 3}`} aria-hidden="true">
                <span className="park-card__city-mark">{park.city[lng]}</span>
              </div>
              <div className="park-card__body">
                <div className="park-card__meta">
                  <span className="chip">{park.city[lng]}</span>
                  <span className="online" data-online={park.online}>
                    <span className="online__dot" aria-hidden="true" />
                    {t("landing.onlineCount", { count: park.online })}
                  </span>
                </div>
                <h3>{park.name[lng]}</h3>
                <p>{park.description[lng]}</p>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={!canEnter}
                  aria-label={t("landing.enterPark", { name: park.name[lng] })}
                  onClick={() => navigate(parkPath(park.id))}
                >
                  {t("landing.enter")}
                  <span aria-hidden="true"> →</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
