import { useTranslation } from "react-i18next";
import { loadingProgress, type LoadingState } from "../state/loading.ts";
import { BrandMark } from "./BrandMark.tsx";

/** The card over the park while entering it: the step under way and how much of the whole is done. */
export function LoadingScreen({ loading }: { loading: LoadingState }) {
  const { t } = useTranslation();
  const { percent, current } = loadingProgress(loading);
  const step = current ? t(`loading.steps.${current}`) : "";
  const percentText = t("loading.percent", { percent });
  return (
    <div className="park-overlay park-overlay--loading" data-testid="park-loading">
      <div className="overlay-card loading-card">
        <BrandMark />
        <h2>{t("loading.title")}</h2>
        <div
          className="loading-bar"
          role="progressbar"
          aria-label={t("loading.progress")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${step} · ${percentText}`}
        >
          <span className="loading-bar__fill" style={{ width: `${percent}%` }} />
        </div>
        <p className="loading-card__step" aria-live="polite">
          <span>{step}</span>
          <span className="loading-card__percent">{percentText}</span>
        </p>
      </div>
    </div>
  );
}
