import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BusinessCard } from "../../../shared/protocol/companies.ts";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import { addMember, createCompany, manager, resident, setSuspended } from "../../testing/companyFixtures.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let owner: Session;
let staff: Session;
let company: string;
beforeAll(async () => {
  server = await startTestServer();
  owner = await resident(server, "owner", "Olga Owner");
  staff = await resident(server, "staff", "Sam Staff");
  company = await createCompany(server, owner, "Precision Parts");
  await addMember(server, company, owner, staff);
});
afterAll(async () => { await server?.stop(); });

type Inbox = { cards: BusinessCard[]; unread: number };
const leave = (token: string, body: object, companyId = company) =>
  server.api<{ id: string } & ApiError>("POST", `/api/companies/${companyId}/cards`, body, token);
const inbox = (token: string, query = "") => server.api<Inbox & ApiError>("GET", `/api/companies/${company}/cards${query}`, undefined, token);

describe("leave my card", () => {
  it("puts the visitor's profile and note in the company's inbox, for its members", async () => {
    const vera = await resident(server, "vera", "Vera Visitor");
    expect((await server.api("PATCH", "/api/me/profile", { bio: "CNC programmer, 12 years", skills: ["cnc", "cad"] }, vera.token)).status).toBe(200);
    const hers = await createCompany(server, vera, "Vera Consulting");

    const r = await leave(vera.token, { note: "Let's talk about your 5-axis work.", parkId: "home", slotId: "booth-1" });
    expect(r.status).toBe(201);

    const seen = await inbox(staff.token);
    expect(seen.status).toBe(200);
    expect(seen.body.unread).toBe(1);
    expect(seen.body.cards).toHaveLength(1);
    expect(seen.body.cards[0]).toMatchObject({
      id: r.body.id, fromUserId: vera.user.id, note: "Let's talk about your 5-axis work.", parkId: "home", slotId: "booth-1", read: false,
      profile: { displayName: "Vera Visitor", bio: "CNC programmer, 12 years", skills: ["cnc", "cad"], companies: ["Vera Consulting"] },
    });

    // A snapshot: what she changes later does not change the card she left.
    expect((await server.api("PATCH", "/api/me/profile", { displayName: "Someone Else" }, vera.token)).status).toBe(200);
    expect((await server.api("PATCH", `/api/companies/${hers}`, { name: "Renamed" }, vera.token)).status).toBe(200);
    expect((await inbox(owner.token)).body.cards[0]!.profile).toMatchObject({ displayName: "Vera Visitor", companies: ["Vera Consulting"] });

    const read = await server.api("POST", `/api/companies/${company}/cards/${r.body.id}/read`, undefined, owner.token);
    expect(read.status).toBe(204);
    const after = await inbox(staff.token);
    expect(after.body.unread).toBe(0);
    expect(after.body.cards[0]!.read).toBe(true);
  });

  it("tells a guest to register, and leaves nothing", async () => {
    const before = (await inbox(owner.token)).body.cards.length;
    const guest = await server.guest();
    const r = await leave(guest.token, { note: "hello" });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe("register_to_leave_card");
    expect(r.body.message).toMatch(/register/);
    expect((await server.api("POST", `/api/companies/${company}/cards`, { note: "hi" })).status).toBe(401);
    expect((await inbox(owner.token)).body.cards).toHaveLength(before);
  });

  it("keeps the inbox to the company's members", async () => {
    const outsider = await resident(server, "outsider");
    const r = await inbox(outsider.token);
    expect(r.status).toBe(403);
    expect(r.body.code).toBe("not_a_member");
    const card = (await inbox(owner.token)).body.cards[0]!;
    expect((await server.api("POST", `/api/companies/${company}/cards/${card.id}/read`, undefined, outsider.token)).status).toBe(403);
    expect((await server.api("GET", `/api/companies/${company}/cards`)).status).toBe(401);
    // A card of another company is not this company's to mark.
    const elsewhere = await createCompany(server, outsider, "Elsewhere Ltd");
    expect((await server.api("POST", `/api/companies/${elsewhere}/cards/${card.id}/read`, undefined, outsider.token)).status).toBe(404);
  });

  it("takes one card per person and company in ten minutes, and says when the next may come", async () => {
    const walt = await resident(server, "walt");
    expect((await leave(walt.token, { note: "first" })).status).toBe(201);
    const again = await leave(walt.token, { note: "second" });
    expect(again.status).toBe(429);
    expect(again.body.code).toBe("too_many_cards");
    expect(again.body.message).toMatch(/in 10 min/);
    // Another company still takes his card.
    const other = await createCompany(server, staff, "Other Outfit");
    expect((await leave(walt.token, { note: "hi" }, other)).status).toBe(201);

    // Ten minutes later (the clock moved by moving his card back), he may leave another.
    await server.db.query("UPDATE business_cards SET created_at = created_at - interval '11 minutes' WHERE from_user = $1", [walt.user.id]);
    expect((await leave(walt.token, { note: "second" })).status).toBe(201);
  });

  it("makes one card of two sent at the same moment", async () => {
    const xia = await resident(server, "xia");
    const results = await Promise.all([leave(xia.token, { note: "a" }), leave(xia.token, { note: "b" })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 429]);
    const cards = (await inbox(owner.token)).body.cards.filter((c) => c.fromUserId === xia.user.id);
    expect(cards).toHaveLength(1);
  });

  it("refuses bad input and unknown or suspended companies", async () => {
    const yan = await resident(server, "yan");
    expect((await leave(yan.token, { note: "x".repeat(501) })).status).toBe(400);
    expect((await leave(yan.token, { note: "hi", colour: "red" })).status).toBe(400);
    expect((await leave(yan.token, { note: "a\u0007b" })).status).toBe(400);
    expect((await leave(yan.token, { note: "hi" }, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const shady = await createCompany(server, owner, "Shady Co");
    await setSuspended(server, shady, true, (await manager(server, "boss")).token);
    const r = await leave(yan.token, { note: "hi" }, shady);
    expect([r.status, r.body.code]).toEqual([404, "company_not_found"]);
    expect((await server.api("GET", `/api/companies/${company}/cards?limit=0`, undefined, owner.token)).status).toBe(400);
    expect((await server.api("GET", `/api/companies/${company}/cards?before=yesterday`, undefined, owner.token)).status).toBe(400);
  });

  it("pages through the inbox newest first", async () => {
    const all = (await inbox(owner.token)).body.cards;
    expect(all.length).toBeGreaterThanOrEqual(4);
    const times = all.map((c) => c.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const first = await inbox(owner.token, "?limit=2");
    expect(first.body.cards.map((c) => c.id)).toEqual(all.slice(0, 2).map((c) => c.id));
    const next = await inbox(owner.token, `?limit=2&before=${first.body.cards[1]!.id}`);
    expect(next.body.cards.map((c) => c.id)).toEqual(all.slice(2, 4).map((c) => c.id));
  });
});
