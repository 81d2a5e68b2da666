import { useTranslation } from "react-i18next";
import type { DayRange } from "../../../shared/protocol/dashboard.ts";
import type { ParkSummary } from "../../../shared/protocol/http.ts";
import type { Language } from "../../i18n/language.ts";
import { weekdayName } from "./dashboardFormat.ts";
import { COMPARE_MODES, RANGE_PRESETS, rangeProblem, type CompareMode, type RangePreset } from "./dashboardRange.ts";

/** What the toolbar chooses: one park, a period, the weekdays and hours within it, and what to compare it with. */
export interface Filters {
  parkId: string;
  preset: RangePreset;
  range: DayRange;
  /** ISO weekdays shown; all seven (or none) means every day. */
  weekdays: number[];
  hours: { from: number; to: number };
  compare: CompareMode;
  /** The period compared with when `compare` is "custom". */
  compareRange: DayRange;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export function DashboardToolbar({ parks, filters, lng, onChange, onPreset, onRefresh }: {
  parks: ParkSummary[];
  filters: Filters;
  lng: Language;
  onChange: (next: Filters) => void;
  onPreset: (preset: RangePreset) => void;
  onRefresh: () => void;
}) {
  const { t } = useTranslation("dashboard");
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const toggleDay = (d: number) => {
    const all = filters.weekdays.length === 0 ? WEEKDAYS : filters.weekdays;
    const next = all.includes(d) ? all.filter((x) => x !== d) : [...all, d].sort();
    // Turning off the last day would show nothing: it means every day again.
    set({ weekdays: next.length === 0 || next.length === 7 ? [] : next });
  };
  const rangeError = rangeProblem(filters.range);
  const compareError = filters.compare === "custom" ? rangeProblem(filters.compareRange) : null;

  return (
    <section className="card dash-toolbar" aria-label={t("toolbar.label")} data-testid="dash-toolbar">
      <label className="dash-field">
        <span>{t("toolbar.park")}</span>
        <select className="company-input" value={filters.parkId} onChange={(e) => set({ parkId: e.target.value })} data-testid="dash-park">
          {parks.map((p) => <option key={p.id} value={p.id}>{p.name[lng]}</option>)}
        </select>
      </label>

      <div className="dash-field">
        <span id="dash-range-label">{t("toolbar.range")}</span>
        <div className="dash-segments" role="group" aria-labelledby="dash-range-label">
          {RANGE_PRESETS.map((p) => (
            <button key={p} type="button" aria-pressed={filters.preset === p} onClick={() => onPreset(p)} data-testid={`preset-${p}`}>
              {t(`presets.${p}`)}
            </button>
          ))}
        </div>
      </div>

      {filters.preset === "custom" && (
        <div className="dash-field dash-dates">
          <span>{t("toolbar.customRange")}</span>
          <div>
            <input type="date" className="company-input" aria-label={t("toolbar.from")} value={filters.range.from} max={filters.range.to}
              onChange={(e) => set({ range: { ...filters.range, from: e.target.value } })} data-testid="range-from" />
            <span aria-hidden="true">–</span>
            <input type="date" className="company-input" aria-label={t("toolbar.to")} value={filters.range.to} min={filters.range.from}
              onChange={(e) => set({ range: { ...filters.range, to: e.target.value } })} data-testid="range-to" />
          </div>
          {rangeError && <p className="form-error" role="alert">{t(`rangeProblems.${rangeError}`)}</p>}
        </div>
      )}

      <div className="dash-field">
        <span id="dash-days-label">{t("toolbar.weekdays")}</span>
        <div className="dash-chips" role="group" aria-labelledby="dash-days-label">
          {WEEKDAYS.map((d) => (
            <button key={d} type="button" aria-pressed={filters.weekdays.length === 0 || filters.weekdays.includes(d)} onClick={() => toggleDay(d)}
              title={weekdayName(lng, d, "long")} data-testid={`weekday-${d}`}>
              {weekdayName(lng, d)}
            </button>
          ))}
        </div>
      </div>

      <div className="dash-field">
        <span id="dash-hours-label">{t("toolbar.hours")}</span>
        <div className="dash-hours" role="group" aria-labelledby="dash-hours-label">
          <select className="company-input" aria-label={t("toolbar.hoursFrom")} value={filters.hours.from} data-testid="hours-from"
            onChange={(e) => { const from = Number(e.target.value); set({ hours: { from, to: Math.max(from, filters.hours.to) } }); }}>
            {HOURS.map((h) => <option key={h} value={h}>{`${String(h).padStart(2, "0")}:00`}</option>)}
          </select>
          <span aria-hidden="true">–</span>
          <select className="company-input" aria-label={t("toolbar.hoursTo")} value={filters.hours.to} data-testid="hours-to"
            onChange={(e) => { const to = Number(e.target.value); set({ hours: { from: Math.min(filters.hours.from, to), to } }); }}>
            {HOURS.map((h) => <option key={h} value={h}>{`${String(h).padStart(2, "0")}:59`}</option>)}
          </select>
        </div>
      </div>

      <div className="dash-field">
        <label htmlFor="dash-compare">{t("toolbar.compare")}</label>
        <select id="dash-compare" className="company-input" value={filters.compare} data-testid="dash-compare"
          onChange={(e) => set({ compare: e.target.value as CompareMode })}>
          {COMPARE_MODES.map((m) => <option key={m} value={m}>{t(`compareModes.${m}`)}</option>)}
        </select>
      </div>

      {filters.compare === "custom" && (
        <div className="dash-field dash-dates">
          <span>{t("toolbar.compareRange")}</span>
          <div>
            <input type="date" className="company-input" aria-label={t("toolbar.from")} value={filters.compareRange.from}
              onChange={(e) => set({ compareRange: { ...filters.compareRange, from: e.target.value } })} data-testid="compare-from" />
            <span aria-hidden="true">–</span>
            <input type="date" className="company-input" aria-label={t("toolbar.to")} value={filters.compareRange.to}
              onChange={(e) => set({ compareRange: { ...filters.compareRange, to: e.target.value } })} data-testid="compare-to" />
          </div>
          {compareError && <p className="form-error" role="alert">{t(`rangeProblems.${compareError}`)}</p>}
        </div>
      )}

      <button type="button" className="button button--ghost dash-refresh" onClick={onRefresh} data-testid="dash-refresh">
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7" /></svg>
        {t("toolbar.refresh")}
      </button>
    </section>
  );
}
