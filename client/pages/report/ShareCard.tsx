import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { CARD_HEIGHT, CARD_WIDTH, canvasMeasure, layoutCard, paintCard, type CardContent } from "./reportCard.ts";

/** The shareable card, drawn on a canvas on the page, with a button that saves it as a PNG. */
export function ShareCard({ content, fileName }: { content: CardContent; fileName: string }) {
  const { t } = useTranslation("report");
  const canvas = useRef<HTMLCanvasElement>(null);
  const [painted, setPainted] = useState(false);
  // The content is rebuilt on every render; its text is what decides a repaint.
  const key = JSON.stringify(content);

  useEffect(() => {
    const g = canvas.current?.getContext("2d");
    if (!g) return;
    let live = true;
    const draw = () => {
      paintCard(g, layoutCard(content, canvasMeasure(g)));
      setPainted(true);
    };
    draw();
    // The Chinese face loads on first use: paint again once it is there, or the first picture keeps fallback glyphs.
    const sample = [content.name, content.tagline, ...content.keywords, ...content.figures.map((f) => f.label)].join("");
    void Promise.all([document.fonts?.load(`700 34px "Noto Sans SC"`, sample), document.fonts?.load(`400 34px "Noto Sans SC"`, sample)])
      .then(() => { if (live) draw(); })
      .catch(() => undefined);
    return () => { live = false; };
  }, [key]);

  const download = () => {
    canvas.current?.toBlob((blob) => {
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }, "image/png");
  };

  return (
    <section className="card report-share" aria-labelledby="report-share-title">
      <div className="report-share__text">
        <h2 id="report-share-title">{t("card.title")}</h2>
        <p className="muted">{t("card.lead")}</p>
        <button type="button" className="button button--primary" onClick={download} disabled={!painted} data-testid="report-download">
          {t("card.download")}
        </button>
        <p className="report-share__size muted">{t("card.size")}</p>
      </div>
      <canvas ref={canvas} width={CARD_WIDTH} height={CARD_HEIGHT} className="report-share__canvas" role="img"
        aria-label={t("card.alt", { name: content.name, year: content.year })} data-testid="report-card" data-painted={painted ? "yes" : "no"} />
    </section>
  );
}
