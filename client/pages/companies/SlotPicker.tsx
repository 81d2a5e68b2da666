import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/language.ts";
import { fetchParkBooths } from "../../net/companyApi.ts";
import { slotLabel } from "./boothPlace.ts";
import { useParks } from "./useParks.ts";

export interface SlotChoice {
  parkId: string;
  slotId: string;
}

/** A park and one of its free booth slots, as the server lists them now (`reload` asks again). */
export function SlotPicker({ value, onChange, lng, reload = 0 }: { value: SlotChoice; onChange: (v: SlotChoice) => void; lng: Language; reload?: number }) {
  const { t } = useTranslation();
  const id = useId();
  const parks = useParks();
  const [free, setFree] = useState<string[] | null>(null);
  const parkId = value.parkId || parks[0]?.id || "";

  useEffect(() => {
    if (!parkId) return;
    let live = true;
    setFree(null);
    void fetchParkBooths(parkId).then((r) => {
      if (live) setFree(r.ok ? r.value.booths.filter((b) => b.company === null).map((b) => b.slotId) : []);
    });
    return () => { live = false; };
  }, [parkId, reload]);

  useEffect(() => {
    if (parkId && parkId !== value.parkId) onChange({ parkId, slotId: "" });
  }, [parkId, value.parkId, onChange]);

  return (
    <div className="company-form__grid">
      <div className="field company-field">
        <label htmlFor={`${id}-park`}>{t("company.applications.park")}</label>
        <select id={`${id}-park`} className="company-input" value={parkId} onChange={(e) => onChange({ parkId: e.target.value, slotId: "" })}>
          {parks.map((p) => <option key={p.id} value={p.id}>{p.name[lng]}</option>)}
        </select>
      </div>
      <div className="field company-field">
        <label htmlFor={`${id}-slot`}>{t("company.applications.slot")}</label>
        <select id={`${id}-slot`} className="company-input" value={value.slotId} disabled={!free || free.length === 0}
          onChange={(e) => onChange({ parkId, slotId: e.target.value })} data-testid="slot-select">
          <option value="">{free && free.length === 0 ? t("company.applications.noFree") : t("company.applications.chooseSlot")}</option>
          {free?.map((s) => <option key={s} value={s}>{t("company.list.boothAt", { slot: slotLabel(s) })}</option>)}
        </select>
      </div>
    </div>
  );
}
