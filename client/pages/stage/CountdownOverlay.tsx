import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { countdownLeftMs, formatCountdown } from "../../state/stageCountdown.ts";

/** The countdown, large over the stage, read on the server's clock; it ticks only while running. */
export function CountdownOverlay({ endsAt, offsetMs }: { endsAt: number | null; offsetMs: number }) {
  const { t } = useTranslation("stage");
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(timer);
  }, [endsAt]);
  const left = countdownLeftMs(endsAt, now, offsetMs);
  if (left === null) return null;
  const text = formatCountdown(left);
  return (
    <div className={`stage-countdown${left === 0 ? " stage-countdown--zero" : ""}`} role="timer" aria-live="off" data-testid="stage-countdown" data-left={text}>
      <span className="stage-countdown__label">{t("screen.countdown")}</span>
      <span className="stage-countdown__time">{text}</span>
    </div>
  );
}
