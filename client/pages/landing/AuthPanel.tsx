import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { GuestBody, LoginBody, RegisterBody, type ApiError, type Session } from "../../../shared/protocol/http.ts";
import { errorText } from "../../i18n/errorText.ts";
import { enterAsGuest, login, register, type Result } from "../../net/api.ts";
import { setSession } from "../../state/session.ts";

type Mode = "guest" | "signIn" | "register";
const MODES: readonly Mode[] = ["guest", "signIn", "register"];

/** Checks a form with the same schema the server uses, so obvious mistakes need no round trip. */
function validate<S extends z.ZodType>(schema: S, value: unknown): { ok: true; value: z.infer<S> } | { ok: false; error: ApiError } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: { status: 400, code: "invalid_request", message: issue?.message ?? "invalid", issues: issue ? [{ path: issue.path.join("."), message: issue.message }] : [] } };
}

export function AuthPanel() {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<Mode>("guest");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    setError(null);

    let result: Result<Session>;
    if (mode === "guest") {
      const name = field("displayName").trim();
      const language = i18n.language === "zh-CN" ? "zh-CN" : "en";
      const checked = validate(GuestBody, name ? { displayName: name, language } : { language });
      if (!checked.ok) return setError(errorText(t, checked.error));
      setBusy(true);
      result = await enterAsGuest(checked.value);
    } else if (mode === "signIn") {
      const checked = validate(LoginBody, { username: field("username"), password: field("password") });
      if (!checked.ok) return setError(errorText(t, checked.error));
      setBusy(true);
      result = await login(checked.value);
    } else {
      const checked = validate(RegisterBody, { username: field("username"), displayName: field("displayName"), password: field("password") });
      if (!checked.ok) return setError(errorText(t, checked.error));
      setBusy(true);
      result = await register(checked.value);
    }
    setBusy(false);
    if (result.ok) setSession(result.value);
    else setError(errorText(t, result.error));
  };

  const choose = (next: Mode) => {
    setMode(next);
    setError(null);
  };

  const tabId = (m: Mode) => `${id}-tab-${m}`;
  const panelId = `${id}-panel`;

  return (
    <section className="card auth" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="auth__title">{t("auth.title")}</h2>
      <div className="segmented" role="tablist" aria-label={t("auth.tabs")}>
        {MODES.map((m) => (
          <button
            key={m}
            id={tabId(m)}
            type="button"
            role="tab"
            aria-selected={mode === m}
            aria-controls={panelId}
            tabIndex={mode === m ? 0 : -1}
            onClick={() => choose(m)}
            onKeyDown={(e) => {
              // Arrow keys move between tabs, as the ARIA tabs pattern expects.
              if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
              const next = MODES[(MODES.indexOf(m) + (e.key === "ArrowRight" ? 1 : MODES.length - 1)) % MODES.length]!;
              choose(next);
              document.getElementById(tabId(next))?.focus();
            }}
          >
            {t(`auth.${m}`)}
          </button>
        ))}
      </div>

      <form id={panelId} role="tabpanel" aria-labelledby={tabId(mode)} className="auth__form" onSubmit={(e) => void submit(e)} noValidate key={mode}>
        {mode === "guest" && <p className="auth__lead">{t("auth.guestLead")}</p>}
        {mode !== "guest" && (
          <Field id={`${id}-username`} name="username" label={t("auth.username")} hint={mode === "register" ? t("auth.usernameHint") : undefined} autoComplete="username" />
        )}
        {mode !== "signIn" && (
          <Field
            id={`${id}-display`}
            name="displayName"
            label={t("auth.displayName")}
            hint={mode === "guest" ? t("auth.guestNameHint") : t("auth.displayNameHint")}
            autoComplete="nickname"
          />
        )}
        {mode !== "guest" && (
          <Field
            id={`${id}-password`}
            name="password"
            type="password"
            label={t("auth.password")}
            hint={mode === "register" ? t("auth.passwordHint") : undefined}
            autoComplete={mode === "register" ? "new-password" : "current-password"}
          />
        )}
        <p className="form-error" role="alert" aria-live="assertive">{error}</p>
        <button className="button button--primary button--block" type="submit" disabled={busy}>
          {busy ? t("auth.working") : t(mode === "guest" ? "auth.submitGuest" : mode === "signIn" ? "auth.submitSignIn" : "auth.submitRegister")}
        </button>
      </form>
    </section>
  );
}

function Field(props: { id: string; name: string; label: string; hint?: string | undefined; type?: string; autoComplete: string }) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} name={props.name} type={props.type ?? "text"} autoComplete={props.autoComplete} aria-describedby={hintId} spellCheck={false} />
      {props.hint && <small id={hintId}>{props.hint}</small>}
    </div>
  );
}
