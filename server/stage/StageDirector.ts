import {
  CountdownMessage, SlidesMessage, SpotlightMessage, StagePageMessage, type StageRefusalReason, type StageView,
} from "../../shared/protocol/stageMessages.ts";
import type { Db } from "../db/pool.ts";
import { missingImageIds } from "../db/repositories/images.ts";
import { companyProducts, findEventDeck, saveStage } from "../db/repositories/stageContent.ts";

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: StageRefusalReason };
type Change = Outcome<Partial<StageView>>;

export const emptyStage = (): StageView => ({ deck: null, page: 0, spotlight: null, countdownEndsAt: null, questionOnScreen: null, at: 0 });
const refused = (reason: StageRefusalReason): Change => ({ ok: false, reason });
const change = (value: Partial<StageView>): Change => ({ ok: true, value });

/**
 * What the stage of one event shows, and what a presenter's message would change: the deck must
 * be this event's, the page within it, a spotlighted product one of the event's company's, a
 * picture one that exists. A change is written to events.stage before anyone is told of it.
 */
export class StageDirector {
  view: StageView;
  private readonly db: Db;
  private readonly eventId: string;
  private readonly companyId: string | null;

  constructor(db: Db, event: { id: string; companyId: string | null; stage: Partial<StageView> }) {
    this.db = db;
    this.eventId = event.id;
    this.companyId = event.companyId;
    this.view = { ...emptyStage(), ...event.stage };
  }

  async slides(payload: unknown): Promise<Change> {
    const parsed = SlidesMessage.safeParse(payload);
    if (!parsed.success) return refused("malformed");
    const { deckId, page } = parsed.data;
    if (deckId === null) return change({ deck: null, page: 0 });
    const deck = await findEventDeck(this.db, this.eventId, deckId);
    if (!deck) return refused("no-such-deck");
    if (page >= deck.pageIds.length) return refused("no-such-page");
    return change({ deck, page });
  }

  page(payload: unknown): Change {
    const parsed = StagePageMessage.safeParse(payload);
    if (!parsed.success) return refused("malformed");
    if (!this.view.deck || parsed.data.page >= this.view.deck.pageIds.length) return refused("no-such-page");
    return change({ page: parsed.data.page });
  }

  async spotlight(payload: unknown): Promise<Change> {
    const parsed = SpotlightMessage.safeParse(payload);
    if (!parsed.success) return refused("malformed");
    const chosen = parsed.data.spotlight;
    if (chosen === null) return change({ spotlight: null });
    if (chosen.kind === "image") {
      // The protocol has no reason of its own for a missing picture: it is a product that is not there.
      if ((await missingImageIds(this.db, [chosen.imageId])).length) return refused("no-such-product");
      return change({ spotlight: { kind: "image", imageId: chosen.imageId, title: chosen.title } });
    }
    const company = this.companyId ? await companyProducts(this.db, this.companyId) : null;
    const product = company?.products[chosen.index];
    if (!company || !product) return refused("no-such-product");
    return change({ spotlight: { kind: "product", name: product.name, description: product.text, imageId: product.imageId, companyName: company.companyName } });
  }

  countdown(payload: unknown, now: number): Change {
    const parsed = CountdownMessage.safeParse(payload);
    if (!parsed.success) return refused("malformed");
    const { seconds } = parsed.data;
    return change({ countdownEndsAt: seconds === null ? null : now + seconds * 1000 });
  }

  /** Writes the changed stage (stamped with the server's time) and keeps it as the current one. */
  async commit(changes: Partial<StageView>, now: number): Promise<StageView> {
    const view: StageView = { ...this.view, ...changes, at: now };
    await saveStage(this.db, this.eventId, view);
    this.view = view;
    return view;
  }
}
