import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UploadedImage } from "../../../shared/protocol/companies.ts";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import { Deck, DeckList, type MeetingRoomDetail } from "../../../shared/protocol/meetings.ts";
import { manager, resident } from "../../testing/companyFixtures.ts";
import { pngBytes } from "../../testing/fixtures/testImages.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let boss: Session, presenter: Session, listener: Session, stranger: Session;
let roomId: string;

beforeAll(async () => {
  server = await startTestServer();
  [presenter, listener, stranger] = await Promise.all(["dk.presenter", "dk.listener", "dk.stranger"].map((u) => resident(server, u))) as [Session, Session, Session];
  boss = await manager(server, "dk.boss");
  roomId = (await server.api<MeetingRoomDetail>("POST", "/api/parks/home/meeting-rooms", { name: "Slides room", kind: "meeting", capacity: 6, visibility: "public" }, boss.token)).body.id;
  // The presenter's talk starts in two hours, with the listener invited.
  const soon = new Date(Date.now() + 2 * 3_600_000);
  const booked = await server.api("POST", `/api/meeting-rooms/${roomId}/bookings`, {
    title: "Quarterly figures", startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 3_600_000).toISOString(), inviteeIds: [listener.user.id],
  }, presenter.token);
  expect(booked.status).toBe(201);
});
afterAll(async () => { await server?.stop(); });

async function upload(who: Session, colour: [number, number, number]): Promise<string> {
  const res = await fetch(`${server.url}/api/images`, {
    method: "POST", headers: { "content-type": "image/png", authorization: `Bearer ${who.token}` }, body: new Uint8Array(pngBytes(8, 6, colour)),
  });
  return ((await res.json()) as UploadedImage).id;
}
const addDeck = (who: Session, body: unknown, id = roomId) => server.api<Deck & ApiError>("POST", `/api/meeting-rooms/${id}/decks`, body, who.token);
const decks = (who: Session | null, id = roomId) => server.api<{ decks: Deck[] } & ApiError>("GET", `/api/meeting-rooms/${id}/decks`, undefined, who?.token);

describe("slide decks", () => {
  it("are added by the booker of a meeting starting soon, with their pages in order, and read by its invitees", async () => {
    const pages = [await upload(presenter, [200, 40, 40]), await upload(presenter, [40, 40, 200])];
    const made = await addDeck(presenter, { title: "Q3", pageIds: pages });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ roomId, title: "Q3", pageIds: pages });
    expect(Deck.safeParse(made.body).success).toBe(true);
    expect(DeckList.safeParse((await decks(listener)).body).success).toBe(true);
    expect((await decks(listener)).body.decks.map((d) => d.id)).toEqual([made.body.id]);
    expect((await decks(boss)).body.decks).toHaveLength(1);
  });

  it("refuses a page that names no uploaded image (400 naming it), and changes nothing", async () => {
    const page = await upload(presenter, [10, 200, 10]);
    const nothing = "00000000-0000-4000-8000-0000000000ff";
    const r = await addDeck(presenter, { title: "Broken", pageIds: [page, nothing] });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe("unknown_image");
    expect(r.body.message).toContain(nothing);
    expect(r.body.issues).toEqual([{ path: "pageIds.1", message: "no such image" }]);
    expect((await addDeck(presenter, { title: "Empty", pageIds: [] })).status).toBe(400);
    expect((await decks(presenter)).body.decks.map((d) => d.title)).toEqual(["Q3"]);
  });

  it("are closed to people with no booking here soon, guests and anonymous callers", async () => {
    const page = await upload(stranger, [90, 90, 90]);
    expect((await addDeck(stranger, { title: "Mine", pageIds: [page] })).status).toBe(403);
    expect((await decks(stranger)).status).toBe(403);
    const guest = await server.guest();
    expect((await addDeck(guest, { title: "Mine", pageIds: [page] })).status).toBe(403);
    expect((await decks(null)).status).toBe(401);
    expect((await decks(boss, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
