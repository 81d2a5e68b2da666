import { getDocument, GlobalWorkerOptions } from "pdfjs-dist";
// The worker is served by our own server, like everything else (DESIGN.md §3: no CDN).
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import { IMAGE_MAX_BYTES } from "../../../shared/protocol/companies.ts";
import { ENCODE_ATTEMPTS, slideScale } from "./slideEncoding.ts";

GlobalWorkerOptions.workerSrc = workerUrl;

/** A deck can hold no more pages than this; longer PDFs are refused before anything is drawn. */
export class TooManyPages extends Error {
  readonly pages: number;
  constructor(pages: number) {
    super(`the PDF has ${pages} pages`);
    this.pages = pages;
  }
}

const toJpeg = (canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> =>
  new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));

/**
 * Draws each page of a PDF in the browser, about 1600 px wide on white, and encodes it as a JPEG
 * under the upload limit. This module (and pdf.js with it) loads only when someone picks a PDF.
 */
export async function pdfToSlides(file: Blob, maxPages: number, progress: (done: number, total: number) => void): Promise<Blob[]> {
  const task = getDocument({ data: new Uint8Array(await file.arrayBuffer()) });
  const doc = await task.promise;
  try {
    if (doc.numPages > maxPages) throw new TooManyPages(doc.numPages);
    const slides: Blob[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      let encoded: Blob | null = null;
      for (const attempt of ENCODE_ATTEMPTS) {
        const viewport = page.getViewport({ scale: slideScale(base.width, base.height) * attempt.shrink });
        const canvas = document.createElement("canvas");
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        const ctx = canvas.getContext("2d");
        if (!ctx) throw new Error("this browser cannot draw pages");
        // A transparent page would turn black in a JPEG.
        ctx.fillStyle = "#ffffff";
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        await page.render({ canvas, canvasContext: ctx, viewport }).promise;
        const blob = await toJpeg(canvas, attempt.quality);
        canvas.width = 0;
        if (blob && blob.size <= IMAGE_MAX_BYTES) {
          encoded = blob;
          break;
        }
      }
      page.cleanup();
      if (!encoded) throw new Error(`page ${n} stays over the upload limit`);
      slides.push(encoded);
      progress(n, doc.numPages);
    }
    return slides;
  } finally {
    await task.destroy();
  }
}
