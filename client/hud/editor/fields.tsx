import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../shared/protocol/parkLayout.ts";
import { LANGUAGES, type Language } from "../../i18n/language.ts";

/**
 * Fields of the properties panel. They keep what is being typed to themselves and hand it over
 * on Enter or when focus leaves, so a word typed is one undo step, not one per letter.
 */

const commitOnEnter = (e: KeyboardEvent<HTMLInputElement>) => {
  if (e.key === "Enter") e.currentTarget.blur();
};

export function NumberField({ label, value, onCommit, step = 0.5, min, max, suffix, testId }: {
  label: string; value: number; onCommit: (v: number) => void; step?: number; min?: number; max?: number; suffix?: string; testId?: string;
}) {
  const id = useId();
  const shown = String(Math.round(value * 100) / 100);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    const v = Number(text.replace(",", "."));
    if (text.trim() === "" || !Number.isFinite(v)) return setText(shown);
    const bounded = Math.min(max ?? Infinity, Math.max(min ?? -Infinity, v));
    if (bounded !== value) onCommit(bounded);
    setText(String(Math.round(bounded * 100) / 100));
  };
  return (
    <label className="editor-field editor-field--number" htmlFor={id}>
      <span className="editor-field__label">{label}</span>
      <span className="editor-field__box">
        <input id={id} type="number" inputMode="decimal" step={step} min={min} max={max} value={text} data-testid={testId}
          onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={commitOnEnter} />
        {suffix && <span className="editor-field__suffix">{suffix}</span>}
      </span>
    </label>
  );
}

/** A name in both languages: both are required, so an emptied one goes back to what it was. */
export function TextPair({ label, value, onCommit, max = 80, multiline = false, testId }: {
  label: string; value: LocalizedText; onCommit: (v: LocalizedText) => void; max?: number; multiline?: boolean; testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="editor-pair">
      <legend className="editor-field__label">{label}</legend>
      {LANGUAGES.map((lng) => (
        <OneLanguage key={lng} lng={lng} label={t(`language.${lng}`)} value={value[lng]} max={max} multiline={multiline}
          testId={testId ? `${testId}-${lng}` : undefined}
          onCommit={(text) => { if (text !== value[lng]) onCommit({ ...value, [lng]: text }); }} />
      ))}
    </fieldset>
  );
}

function OneLanguage({ lng, label, value, max, multiline, onCommit, testId }: {
  lng: Language; label: string; value: string; max: number; multiline: boolean; onCommit: (v: string) => void; testId?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    const trimmed = text.trim();
    if (!trimmed) return setText(value);
    onCommit(trimmed);
  };
  const common = {
    id, lang: lng, maxLength: max, value: text, "data-testid": testId,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onBlur: commit,
  };
  return (
    <label className="editor-pair__row" htmlFor={id}>
      <span className="editor-pair__lang">{label}</span>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} onKeyDown={commitOnEnter} />}
    </label>
  );
}

export function SelectField<V extends string>({ label, value, options, onChange, testId }: {
  label: string; value: V; options: ReadonlyArray<{ value: V; label: string }>; onChange: (v: V) => void; testId?: string;
}) {
  const id = useId();
  return (
    <label className="editor-field" htmlFor={id}>
      <span className="editor-field__label">{label}</span>
      <select id={id} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

export function Section({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <section className="editor-section">
      <h3 className="editor-section__title">{title}{aside}</h3>
      {children}
    </section>
  );
}
