import type { TFunction } from "i18next";
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { CHAT_MAX_LENGTH, LOCAL_CHAT_RADIUS, type ChatChannel, type ChatLine, type ChatRefusal } from "../../shared/protocol/chat.ts";
import { Role } from "../../shared/protocol/http.ts";
import { cleanChatText } from "../../shared/rules/chatMessage.ts";
import type { Language } from "../i18n/language.ts";
import {
  CHAT_CHANNELS, chatStore, clearChatRefusal, selectChatChannel, setChatOpen, showChatRefusal, useChat, type ShownRefusal,
} from "../state/chat.ts";
import { useSession } from "../state/session.ts";

/** How long a refusal stays up when it gives no time of its own. */
const REFUSAL_SHOWN_MS = 6000;

const roleOf = (role: string): Role => {
  const parsed = Role.safeParse(role);
  return parsed.success ? parsed.data : "guest";
};

/** The refusal's words; for too-fast, the seconds still to wait at `now`. */
function useRefusalText(refusal: ShownRefusal | null): string | null {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!refusal) return;
    const ends = refusal.at + (refusal.reason === "too-fast" ? refusal.retryInMs ?? 2000 : REFUSAL_SHOWN_MS);
    // A countdown for too-fast; any other refusal simply goes away after a while.
    const tick = setInterval(() => {
      const at = Date.now();
      if (at >= ends) clearChatRefusal(chatStore);
      else setNow(at);
    }, 250);
    setNow(Date.now());
    return () => clearInterval(tick);
  }, [refusal]);
  if (!refusal) return null;
  return refusalText(t, refusal, now);
}

type T = TFunction;

function refusalText(t: T, refusal: ShownRefusal, now: number): string {
  switch (refusal.reason) {
    case "empty": return t("chat.refused.empty");
    case "too-long": return t("chat.refused.tooLong", { max: CHAT_MAX_LENGTH });
    case "too-fast": {
      const left = refusal.at + (refusal.retryInMs ?? 2000) - now;
      return t("chat.refused.tooFast", { seconds: Math.max(1, Math.ceil(left / 1000)) });
    }
    case "not-allowed": return t("chat.refused.notAllowed");
    case "malformed": return t("chat.refused.malformed");
    case "unavailable": return t("chat.refused.unavailable");
    default: {
      const unknown: never = refusal.reason;
      return t("chat.refused.malformed", { unknown });
    }
  }
}

/** What the input itself can tell before asking the server (which still decides), by the server's own cleaning. */
function localRefusal(text: string): ChatRefusal | null {
  const clean = cleanChatText(text);
  if (clean.length === 0) return { reason: "empty" };
  if ([...clean].length > CHAT_MAX_LENGTH) return { reason: "too-long" };
  return null;
}

/**
 * Park chat: a tab per channel, the lines (always rendered as text), and an input that sends on
 * Enter. Guests read along; the input asks them to register. Folds down to its title bar.
 */
export function ChatPanel({ lng, connected, onSay }: { lng: Language; connected: boolean; onSay: (channel: ChatChannel, text: string) => boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const open = useChat((s) => s.open);
  const channel = useChat((s) => s.channel);
  const unread = useChat((s) => s.unread);
  const lines = useChat((s) => s.lines[s.channel]);
  const refusal = useChat((s) => s.refusal);
  const refusalText = useRefusalText(refusal);
  const [text, setText] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const tabs = useRef<Record<ChatChannel, HTMLButtonElement | null>>({ local: null, park: null });

  const isGuest = session?.user.role === "guest";
  const canSend = connected && !isGuest;
  const totalUnread = unread.local + unread.park;
  const bodyId = `${id}-body`;
  const tabId = (c: ChatChannel) => `${id}-tab-${c}`;
  const panelId = `${id}-log`;
  const counterId = `${id}-counter`;
  const noticeId = `${id}-notice`;

  // Enter anywhere in the park (outside another control) opens the chat and puts the cursor in it.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== "Enter" || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target;
      if (target instanceof HTMLElement && target !== document.body && target.tagName !== "CANVAS") return;
      if (isGuest) return;
      e.preventDefault();
      setChatOpen(chatStore, true);
      requestAnimationFrame(() => input.current?.focus());
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isGuest]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!canSend) return;
    const local = localRefusal(text);
    if (local) {
      showChatRefusal(chatStore, local, Date.now());
      return;
    }
    clearChatRefusal(chatStore);
    if (onSay(channel, text)) setText("");
  };

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter that confirms an IME composition (Chinese input) is not a send.
    if (e.key === "Enter" && e.nativeEvent.isComposing) e.preventDefault();
    // Escape hands the keys back to walking.
    if (e.key === "Escape") e.currentTarget.blur();
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
    e.preventDefault();
    const i = CHAT_CHANNELS.indexOf(channel);
    const next = e.key === "Home" ? 0 : e.key === "End" ? CHAT_CHANNELS.length - 1
      : (i + (e.key === "ArrowRight" ? 1 : CHAT_CHANNELS.length - 1)) % CHAT_CHANNELS.length;
    const c = CHAT_CHANNELS[next]!;
    selectChatChannel(chatStore, c);
    tabs.current[c]?.focus();
  };

  const notice = isGuest ? t("chat.guestHint") : refusalText;

  return (
    <section className={`hud-panel chat${open ? "" : " chat--folded"}`} aria-labelledby={`${id}-title`} data-testid="chat-panel">
      <header className="chat__head">
        <h2 id={`${id}-title`} className="chat__title">
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5 H20 V16 H10 L5 20 V16 H4 Z" /></svg>
          {t("chat.title")}
          {!open && totalUnread > 0 && (
            <span className="count-badge count-badge--alert" data-testid="chat-unread">
              {t("chat.unread", { count: totalUnread })}
            </span>
          )}
        </h2>
        <button
          type="button"
          className="chat__fold"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={open ? t("chat.hide") : t("chat.show")}
          title={open ? t("chat.hide") : t("chat.show")}
          onClick={() => setChatOpen(chatStore, !open)}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d={open ? "M6 9 L12 15 L18 9" : "M6 15 L12 9 L18 15"} /></svg>
        </button>
      </header>

      <div id={bodyId} className="chat__body" hidden={!open}>
        <div className="chat__tabs" role="tablist" aria-label={t("chat.channels")}>
          {CHAT_CHANNELS.map((c) => (
            <button
              key={c}
              ref={(el) => { tabs.current[c] = el; }}
              id={tabId(c)}
              type="button"
              role="tab"
              aria-selected={channel === c}
              aria-controls={panelId}
              tabIndex={channel === c ? 0 : -1}
              onClick={() => selectChatChannel(chatStore, c)}
              onKeyDown={onTabKey}
            >
              {t(`chat.channel.${c}`)}
              {unread[c] > 0 && channel !== c && (
                <span className="chat__tab-unread" aria-label={t("chat.unread", { count: unread[c] })}>{unread[c]}</span>
              )}
            </button>
          ))}
        </div>

        <ChatLog id={panelId} labelledBy={tabId(channel)} lines={lines} lng={lng} channel={channel} selfUserId={session?.user.id ?? null} />

        <p id={noticeId} className={`chat__notice${isGuest ? " chat__notice--info" : ""}`} role="status" aria-live="polite" data-testid="chat-notice">
          {notice}
        </p>

        <form className="chat__form" onSubmit={submit}>
          <div className="chat__field">
            <input
              ref={input}
              className="chat__input"
              type="text"
              enterKeyHint="send"
              autoComplete="off"
              value={isGuest ? "" : text}
              maxLength={CHAT_MAX_LENGTH}
              disabled={!canSend}
              placeholder={isGuest ? t("chat.registerToChat") : t(`chat.placeholder.${channel}`)}
              aria-label={t(`chat.input.${channel}`)}
              aria-describedby={`${counterId} ${noticeId}`}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onInputKey}
              data-testid="chat-input"
            />
            <span
              id={counterId}
              className={`chat__counter${text.length >= CHAT_MAX_LENGTH * 0.9 ? " chat__counter--near" : ""}`}
              aria-label={t("chat.counter", { count: text.length, max: CHAT_MAX_LENGTH })}
              hidden={isGuest}
            >
              {text.length}/{CHAT_MAX_LENGTH}
            </span>
          </div>
          <button type="submit" className="button button--primary chat__send" disabled={!canSend || cleanChatText(text).length === 0}>
            {t("chat.send")}
          </button>
        </form>
      </div>
    </section>
  );
}

/** The lines of one channel, newest at the bottom; it follows new lines unless you scrolled up to read. */
function ChatLog(props: { id: string; labelledBy: string; lines: ChatLine[]; lng: Language; channel: ChatChannel; selfUserId: string | null }) {
  const { id, labelledBy, lines, lng, channel, selfUserId } = props;
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const stuck = useRef(true);
  const time = useMemo(() => new Intl.DateTimeFormat(lng, { hour: "2-digit", minute: "2-digit" }), [lng]);

  useEffect(() => {
    const el = list.current;
    if (el && stuck.current) el.scrollTop = el.scrollHeight;
  }, [lines, channel]);

  return (
    <div id={id} role="tabpanel" aria-labelledby={labelledBy} className="chat__panel">
      {lines.length === 0 ? (
        <p className="chat__empty">{t(`chat.empty.${channel}`, { radius: LOCAL_CHAT_RADIUS })}</p>
      ) : (
        <ol
          ref={list}
          className="chat__log"
          role="log"
          aria-live="polite"
          tabIndex={0}
          aria-labelledby={labelledBy}
          data-testid="chat-log"
          onScroll={(e) => {
            const el = e.currentTarget;
            stuck.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
          }}
        >
          {lines.map((line) => {
            const at = new Date(line.at);
            const shown = time.format(at);
            return (
              <li key={line.id} className={`chat-line${line.userId === selfUserId ? " chat-line--self" : ""}`}>
                <span className="chat-line__meta">
                  <span className={`chat-line__name chat-line__name--${roleOf(line.role)}`}>{line.name}</span>
                  <time className="chat-line__time" dateTime={line.at} title={at.toLocaleString(lng)}>{shown}</time>
                </span>
                <span className="chat-line__text">{line.text}</span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
