import { COMPANY_COLOURS } from "./companyDraft.ts";

/** A row of colours to pick from, and a last swatch that opens the browser's picker for any other. */
export function ColourSwatches({ value, onChange, labelledBy, label }: {
  value: string; onChange: (colour: string) => void; labelledBy: string; label: string;
}) {
  const custom = !(COMPANY_COLOURS as readonly string[]).includes(value);
  return (
    <div className="company-swatches" role="radiogroup" aria-labelledby={labelledBy}>
      {COMPANY_COLOURS.map((c) => (
        <button key={c} type="button" role="radio" aria-checked={value === c} aria-label={c} className="company-swatch"
          style={{ background: c }} onClick={() => onChange(c)} />
      ))}
      <label className={`company-swatch company-swatch--custom${custom ? " company-swatch--on" : ""}`} style={{ ["--swatch" as string]: value }} title={label}>
        <input type="color" className="company-sr-only" value={value} aria-label={label} onChange={(e) => onChange(e.target.value.toLowerCase())} />
      </label>
    </div>
  );
}
