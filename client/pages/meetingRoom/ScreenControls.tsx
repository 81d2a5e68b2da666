import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { IMAGE_MAX_BYTES, IMAGE_TYPES } from "../../../shared/protocol/companies.ts";
import type { ScreenState } from "../../../shared/protocol/meetingMessages.ts";
import { MAX_DECK_PAGES, type Deck } from "../../../shared/protocol/meetings.ts";
import { createDeck, fetchDecks, uploadPages } from "../../net/deckApi.ts";
import type { MeetingActions } from "../../net/meetingLink.ts";
import { turnedPage } from "../../state/meetingRoomView.ts";
import { companyErrorText } from "../companies/companyErrors.ts";
import { IMAGE_MAX_MB } from "../companies/imageFile.ts";
import { deckTitle, sortSlideFiles } from "./slideEncoding.ts";

type Progress = { phase: "rendering" | "uploading"; done: number; total: number } | null;

/**
 * The screen bar under the room: which page is shown, for everyone; for the host, what the screen
 * shows (off, whiteboard, slides), page turning, the room's decks and uploading new slides.
 */
export function ScreenControls({ roomId, token, screen, isHost, actions, boardOpen, onOpenBoard }: {
  roomId: string;
  token: string;
  screen: ScreenState;
  isHost: boolean;
  actions: MeetingActions;
  boardOpen: boolean;
  onOpenBoard: () => void;
}) {
  const { t } = useTranslation("meetingRoom");
  const { t: tc } = useTranslation();
  const [decksOpen, setDecksOpen] = useState(false);
  const [decks, setDecks] = useState<Deck[] | null>(null);
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const pages = screen.deck?.pageIds.length ?? 0;

  const loadDecks = useCallback(async () => {
    const result = await fetchDecks(token, roomId);
    if (result.ok) setDecks(result.value.decks);
  }, [token, roomId]);
  useEffect(() => {
    if (isHost && decksOpen) void loadDecks();
  }, [isHost, decksOpen, loadDecks]);

  const turn = (delta: number) => {
    const page = turnedPage(screen, delta);
    if (page !== null) actions.page(page);
  };

  const upload = async (files: File[]) => {
    setError(null);
    const sorted = sortSlideFiles(files, IMAGE_TYPES, IMAGE_MAX_BYTES);
    if (sorted.kind === "problem") {
      if (sorted.problem === "one-pdf") setError(t("screen.onePdf"));
      else if (sorted.problem === "bad-file") setError(t("screen.badFile", { name: sorted.name ?? "" }));
      else if (sorted.problem === "too-big") setError(t("screen.tooBig", { name: sorted.name ?? "", mb: IMAGE_MAX_MB }));
      return;
    }
    let blobs: Blob[];
    let title: string;
    if (sorted.kind === "pdf") {
      title = deckTitle(sorted.file.name, t("screen.defaultTitle"));
      setProgress({ phase: "rendering", done: 0, total: 0 });
      try {
        // pdf.js is large: it loads only now, when someone has chosen a PDF.
        const { pdfToSlides, TooManyPages } = await import("./pdfSlides.ts");
        try {
          blobs = await pdfToSlides(sorted.file, MAX_DECK_PAGES, (done, total) => setProgress({ phase: "rendering", done, total }));
        } catch (e) {
          setProgress(null);
          if (!(e instanceof TooManyPages)) console.warn("a PDF could not be drawn", e);
          setError(e instanceof TooManyPages ? t("screen.tooManyPages", { pages: e.pages, max: MAX_DECK_PAGES }) : t("screen.pdfFailed"));
          return;
        }
      } catch (e) {
        // The PDF reader itself did not load (the network, or a new version of the site).
        console.warn("the PDF reader could not be loaded", e);
        setProgress(null);
        setError(t("screen.pdfFailed"));
        return;
      }
    } else {
      if (sorted.files.length > MAX_DECK_PAGES) {
        setError(t("screen.tooManyPages", { pages: sorted.files.length, max: MAX_DECK_PAGES }));
        return;
      }
      blobs = sorted.files;
      title = deckTitle(sorted.files[0]!.name, t("screen.defaultTitle"));
    }
    setProgress({ phase: "uploading", done: 0, total: blobs.length });
    const uploaded = await uploadPages(token, blobs, (done) => setProgress({ phase: "uploading", done, total: blobs.length }));
    const deck = uploaded.ok ? await createDeck(token, roomId, { title, pageIds: uploaded.value }) : uploaded;
    setProgress(null);
    if (!deck.ok) {
      // Decks belong to the room's owners, managers and the people of a booking now: say so plainly.
      setError(deck.error.status === 403 ? t("screen.notAllowed") : t("screen.failed", { detail: companyErrorText(tc, deck.error) }));
      return;
    }
    actions.screen({ mode: "slides", deckId: deck.value.id, page: 0 });
    setDecksOpen(false);
    void loadDecks();
  };

  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = "";
    void upload(files);
  };

  const busy = progress !== null;

  return (
    <div className="hud-panel meeting-screenbar" data-testid="meeting-screenbar">
      <span className="meeting-screenbar__label">{t("screen.title")}</span>
      {isHost ? (
        <div className="meeting-segments" role="group" aria-label={t("screen.title")}>
          <button type="button" aria-pressed={screen.mode === "none"} onClick={() => actions.screen({ mode: "none" })}>{t("screen.none")}</button>
          <button type="button" aria-pressed={screen.mode === "whiteboard"} onClick={() => actions.screen({ mode: "whiteboard" })} data-testid="screen-whiteboard">
            {t("screen.whiteboard")}
          </button>
          <button type="button" aria-pressed={screen.mode === "slides"} aria-expanded={decksOpen} onClick={() => setDecksOpen(!decksOpen)} data-testid="screen-slides">
            {t("screen.slides")}
          </button>
        </div>
      ) : (
        <span className="meeting-screenbar__mode">{t(`screen.${screen.mode}`)}</span>
      )}

      {screen.mode === "slides" && screen.deck && (
        <div className="meeting-pager">
          {isHost && <button type="button" className="meeting-pager__turn" onClick={() => turn(-1)} disabled={turnedPage(screen, -1) === null} aria-label={t("screen.prev")} data-testid="page-prev">‹</button>}
          <span className="meeting-pager__text" data-testid="meeting-page" data-page={screen.page + 1} data-pages={pages}>
            <b>{screen.deck.title}</b> · {t("screen.page", { page: screen.page + 1, pages })}
          </span>
          {isHost && <button type="button" className="meeting-pager__turn" onClick={() => turn(1)} disabled={turnedPage(screen, 1) === null} aria-label={t("screen.next")} data-testid="page-next">›</button>}
        </div>
      )}
      {screen.mode === "whiteboard" && !boardOpen && (
        <button type="button" className="button button--ghost meeting-button" onClick={onOpenBoard}>{t("board.open")}</button>
      )}
      {!isHost && screen.mode !== "whiteboard" && <span className="meeting-screenbar__hint">{t("screen.shownBy")}</span>}

      {isHost && decksOpen && (
        <div className="meeting-decks" role="dialog" aria-label={t("screen.decks")} data-testid="meeting-decks">
          <h3>{t("screen.decks")}</h3>
          {decks !== null && decks.length === 0 && <p className="meeting-decks__empty">{t("screen.noDecks")}</p>}
          <ul>
            {(decks ?? []).map((d) => {
              const on = screen.mode === "slides" && screen.deck?.id === d.id;
              return (
                <li key={d.id}>
                  <span className="meeting-decks__title">{d.title}</span>
                  <span className="meeting-decks__pages">{t("screen.pages", { count: d.pageIds.length })}</span>
                  <button type="button" className="meeting-mini meeting-mini--go" disabled={on}
                    onClick={() => { actions.screen({ mode: "slides", deckId: d.id, page: 0 }); setDecksOpen(false); }}>
                    {on ? t("screen.showing") : t("screen.show")}
                  </button>
                </li>
              );
            })}
          </ul>
          <input ref={input} type="file" multiple accept={[...IMAGE_TYPES, "application/pdf", ".pdf"].join(",")} className="company-sr-only"
            onChange={picked} data-testid="slides-input" aria-label={t("screen.upload")} />
          <button type="button" className="button button--primary meeting-button" disabled={busy} onClick={() => input.current?.click()}>
            {busy ? <><span className="spinner" aria-hidden="true" /> {progress.phase === "rendering"
              ? t("screen.rendering", { done: progress.done, total: progress.total || "…" })
              : t("screen.uploading", { done: progress.done, total: progress.total })}</> : t("screen.upload")}
          </button>
          <small className="meeting-decks__hint">{t("screen.uploadHint", { mb: IMAGE_MAX_MB })}</small>
        </div>
      )}
      {error && <p className="form-error meeting-screenbar__error" role="alert">{error}</p>}
    </div>
  );
}
