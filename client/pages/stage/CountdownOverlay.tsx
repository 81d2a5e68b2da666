import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { countdownLeftMs, formatCountdown } from "../../state/stageCountdown.ts";

/** How long "0:00" stays up after the reveal before the overlay goes. */
const ZERO_SHOWN_MS = 4000;

/** The countdown, large over the stage, read on the server's clock; it ticks only while running. */
export function CountdownOverlay({ endsAt, offsetMs }: { endsAt: number | null; offsetMs: number }) {
  const { t } = useTranslation("stage");
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    const past = (t: number) => t + offsetMs - endsAt > ZERO_SHOWN_MS;
    setNow(Date.now());
    if (past(Date.now())) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (past(t)) clearInterval(timer);
    }, 200);
    return () => clearInterval(timer);
  }, [endsAt, offsetMs]);
  const left = countdownLeftMs(endsAt, now, offsetMs);
  // A few seconds after the reveal the overlay goes, and stops ticking.
  if (left === null || (endsAt !== null && now + offsetMs - endsAt > ZERO_SHOWN_MS)) return null;
  const text = formatCountdown(left);
  return (
    <div className={`stage-countdown${left === 0 ? " stage-countdown--zero" : ""}`} role="timer" aria-live="off" data-testid="stage-countdown" data-left={text}>
      <span className="stage-countdown__label">{t("screen.countdown")}</span>
      <span className="stage-countdown__time">{text}</span>
    </div>
  );
}
