import { useTranslation } from "react-i18next";
import { EMOTES, type Emote } from "../../shared/protocol/parkMessages.ts";

const ICONS: Record<Emote, string> = { wave: "M7 13 L7 6 M10 13 L10 4 M13 13 L13 5 M16 13 L16 8 M5 12 Q7 20 13 20 Q18 20 18 13", clap: "M6 18 L12 6 L14 7 L9 19 Z M11 19 L16 8 L18 9 L14 20 Z M15 4 L16 2 M18 5 L20 4", cheer: "M12 3 L14 9 L20 9 L15 13 L17 19 L12 15 L7 19 L9 13 L4 9 L10 9 Z", dance: "M9 18 A3 3 0 1 1 9 17.9 M12 18 L12 4 L18 6 L18 10 L12 8" };

/** Emotes play for everyone nearby; the button only asks, the server decides and tells all. */
export function EmoteBar({ onEmote, disabled }: { onEmote: (emote: Emote) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="hud-panel emotes" aria-label={t("park.emotes")}>
      {EMOTES.map((emote) => (
        <button key={emote} type="button" className="emote" onClick={() => onEmote(emote)} disabled={disabled}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d={ICONS[emote]} /></svg>
          <span>{t(`park.emote.${emote}`)}</span>
        </button>
      ))}
    </section>
  );
}
