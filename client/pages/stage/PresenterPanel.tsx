import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { IMAGE_MAX_BYTES, IMAGE_TYPES, imageUrl, type Product } from "../../../shared/protocol/companies.ts";
import type { EventDeck } from "../../../shared/protocol/events.ts";
import { MAX_DECK_PAGES } from "../../../shared/protocol/meetings.ts";
import type { StageView } from "../../../shared/protocol/stageMessages.ts";
import { fetchCompany } from "../../net/companyApi.ts";
import { uploadPages } from "../../net/deckApi.ts";
import { createEventDeck } from "../../net/eventDeckApi.ts";
import { turnedStagePage } from "../../state/stageScreen.ts";
import type { StageActions } from "../../net/stageLink.ts";
import { companyErrorText } from "../companies/companyErrors.ts";
import { IMAGE_MAX_MB } from "../companies/imageFile.ts";
import { deckTitle, sortSlideFiles } from "../meetingRoom/slideEncoding.ts";

type Progress = { phase: "rendering" | "uploading"; done: number; total: number } | null;
export const COUNTDOWN_CHOICES = [10, 30, 60] as const;


/**
 * For hosts and speakers: the event's decks and uploading new ones (pictures, or a PDF drawn in the
 * browser as in meeting rooms), page turning, the company's products for the spotlight, and the
 * countdown to the reveal. The server refuses anyone else.
 */
export function PresenterPanel({ eventId, companyId, token, decks, stage, actions, onDecksChanged }: {
  eventId: string; companyId: string | null; token: string; decks: EventDeck[]; stage: StageView | null; actions: StageActions;
  onDecksChanged: () => void;
}) {
  const { t } = useTranslation("stage");
  const { t: tc } = useTranslation();
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);
  const [products, setProducts] = useState<Product[] | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!companyId) return;
    let live = true;
    void fetchCompany(companyId, token).then((r) => { if (live && r.ok) setProducts(r.value.products); });
    return () => { live = false; };
  }, [companyId, token]);

  const upload = async (files: File[]) => {
    setError(null);
    const sorted = sortSlideFiles(files, IMAGE_TYPES, IMAGE_MAX_BYTES);
    if (sorted.kind === "problem") {
      if (sorted.problem === "one-pdf") setError(t("present.onePdf"));
      else if (sorted.problem === "bad-file") setError(t("present.badFile", { name: sorted.name ?? "" }));
      else if (sorted.problem === "too-big") setError(t("present.tooBig", { name: sorted.name ?? "", mb: IMAGE_MAX_MB }));
      return;
    }
    let blobs: Blob[];
    let title: string;
    if (sorted.kind === "pdf") {
      title = deckTitle(sorted.file.name, t("present.defaultTitle"));
      setProgress({ phase: "rendering", done: 0, total: 0 });
      try {
        // pdf.js is large: it loads only when a presenter picks a PDF.
        const { pdfToSlides, TooManyPages } = await import("../meetingRoom/pdfSlides.ts");
        try {
          blobs = await pdfToSlides(sorted.file, MAX_DECK_PAGES, (done, total) => setProgress({ phase: "rendering", done, total }));
        } catch (e) {
          setProgress(null);
          if (!(e instanceof TooManyPages)) console.warn("a PDF could not be drawn", e);
          setError(e instanceof TooManyPages ? t("present.tooManyPages", { pages: e.pages, max: MAX_DECK_PAGES }) : t("present.pdfFailed"));
          return;
        }
      } catch (e) {
        console.warn("the PDF reader could not be loaded", e);
        setProgress(null);
        setError(t("present.pdfFailed"));
        return;
      }
    } else {
      if (sorted.files.length > MAX_DECK_PAGES) {
        setError(t("present.tooManyPages", { pages: sorted.files.length, max: MAX_DECK_PAGES }));
        return;
      }
      blobs = sorted.files;
      title = deckTitle(sorted.files[0]!.name, t("present.defaultTitle"));
    }
    setProgress({ phase: "uploading", done: 0, total: blobs.length });
    const uploaded = await uploadPages(token, blobs, (done) => setProgress({ phase: "uploading", done, total: blobs.length }));
    const deck = uploaded.ok ? await createEventDeck(token, eventId, { title, pageIds: uploaded.value }) : uploaded;
    setProgress(null);
    if (!deck.ok) {
      setError(t("present.failed", { detail: companyErrorText(tc, deck.error) }));
      return;
    }
    actions.slides(deck.value.id, 0);
    onDecksChanged();
  };

  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = "";
    void upload(files);
  };

  const pages = stage?.deck?.pageIds.length ?? 0;
  const turn = (delta: number) => {
    const page = turnedStagePage(stage, delta);
    if (page !== null) actions.page(page);
  };
  const spot = stage?.spotlight?.kind === "product" ? stage.spotlight.name : null;
  const busy = progress !== null;

  return (
    <section className="hud-panel stage-present" aria-label={t("present.title")} data-testid="stage-present">
      <h2 className="stage-panel__title">{t("present.title")}</h2>

      <div className="stage-present__group">
        <h3>{t("present.decks")}</h3>
        {decks.length === 0 && <p className="stage-questions__empty">{t("present.noDecks")}</p>}
        <ul className="stage-decks">
          {decks.map((d) => {
            const on = stage?.deck?.id === d.id;
            return (
              <li key={d.id} className={on ? "stage-deck stage-deck--on" : "stage-deck"}>
                <span className="stage-deck__title">{d.title}</span>
                <span className="stage-deck__pages">{t("present.pages", { count: d.pageIds.length })}</span>
                <button type="button" className="stage-mini stage-mini--go" disabled={on} onClick={() => actions.slides(d.id, 0)} data-testid="stage-show-deck">
                  {on ? t("present.showing") : t("present.show")}
                </button>
              </li>
            );
          })}
        </ul>
        <div className="stage-present__row">
          <input ref={input} type="file" multiple accept={[...IMAGE_TYPES, "application/pdf", ".pdf"].join(",")} className="company-sr-only"
            onChange={picked} data-testid="stage-slides-input" aria-label={t("present.upload")} />
          <button type="button" className="button button--primary stage-button" disabled={busy} onClick={() => input.current?.click()}>
            {busy ? <><span className="spinner" aria-hidden="true" /> {progress.phase === "rendering"
              ? t("present.rendering", { done: progress.done, total: progress.total || "…" })
              : t("present.uploading", { done: progress.done, total: progress.total })}</> : t("present.upload")}
          </button>
          {stage?.deck && <button type="button" className="button button--ghost stage-button" onClick={() => actions.slides(null)}>{t("present.clearScreen")}</button>}
        </div>
        <small className="stage-hint">{t("present.uploadHint", { mb: IMAGE_MAX_MB })}</small>
        {stage?.deck && (
          <div className="stage-pager">
            <button type="button" className="stage-pager__turn" onClick={() => turn(-1)} disabled={turnedStagePage(stage, -1) === null} aria-label={t("present.prev")} data-testid="stage-prev">‹</button>
            <span data-testid="stage-page" data-page={stage.page + 1} data-pages={pages}><b>{stage.deck.title}</b> · {t("present.page", { page: stage.page + 1, pages })}</span>
            <button type="button" className="stage-pager__turn" onClick={() => turn(1)} disabled={turnedStagePage(stage, 1) === null} aria-label={t("present.next")} data-testid="stage-next">›</button>
            <small className="stage-hint">{t("present.keys")}</small>
          </div>
        )}
      </div>

      {companyId && (
        <div className="stage-present__group">
          <h3>{t("present.spotlight")}</h3>
          {products !== null && products.length === 0 && <p className="stage-questions__empty">{t("present.noProducts")}</p>}
          <div className="stage-products">
            {(products ?? []).map((p, i) => (
              <button key={`${i}-${p.name}`} type="button" className="stage-product" aria-pressed={spot === p.name} onClick={() => actions.spotlightProduct(i)} data-testid="stage-spotlight-product">
                {p.imageId ? <img src={imageUrl(p.imageId)} alt="" /> : <span className="stage-product__blank" aria-hidden="true">◆</span>}
                <span>{p.name}</span>
              </button>
            ))}
          </div>
          {stage?.spotlight && <button type="button" className="button button--ghost stage-button" onClick={() => actions.clearSpotlight()}>{t("present.clearSpotlight")}</button>}
        </div>
      )}

      <div className="stage-present__group">
        <h3>{t("present.countdown")}</h3>
        <div className="stage-present__row">
          {COUNTDOWN_CHOICES.map((s) => (
            <button key={s} type="button" className="stage-mini stage-mini--go" onClick={() => actions.countdown(s)} data-testid={`stage-countdown-${s}`}>{t("present.seconds", { seconds: s })}</button>
          ))}
          {stage?.countdownEndsAt != null && <button type="button" className="stage-mini stage-mini--danger" onClick={() => actions.countdown(null)} data-testid="stage-countdown-cancel">{t("present.cancelCountdown")}</button>}
        </div>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
