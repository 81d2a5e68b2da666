import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { can } from "../../../shared/rules/permissions.ts";
import { heatmapOverlayStore, hideHeatmapOverlay, showHeatmapOverlay } from "../../state/heatmapOverlay.ts";
import { useSession } from "../../state/session.ts";

/**
 * The settings menu's switch for the heatmap on the park's ground, for those who may see the
 * dashboard (managers; the server refuses the heatmap to anyone else anyway).
 */
export function HeatmapSwitch({ parkId }: { parkId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const on = useStore(heatmapOverlayStore, (s) => s.parkId === parkId);
  if (!session || !can(session.user.role, "dashboard.view")) return null;
  return (
    <div className="settings__group">
      <span className="settings__label">{t("heatmap.section")}</span>
      <label className="settings__quality">
        <input
          type="checkbox"
          data-testid="heatmap-switch"
          checked={on}
          onChange={(e) => (e.target.checked ? showHeatmapOverlay(heatmapOverlayStore, parkId) : hideHeatmapOverlay(heatmapOverlayStore))}
        />
        <span>
          <strong>{t("heatmap.switch")}</strong>
          <small>{t("heatmap.switchHint")}</small>
        </span>
      </label>
    </div>
  );
}
