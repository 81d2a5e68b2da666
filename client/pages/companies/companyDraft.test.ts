import { describe, expect, it } from "vitest";
import type { Company } from "../../../shared/protocol/companies.ts";
import { changedFields, checkDraft, draftFromCompany, emptyDraft } from "./companyDraft.ts";

const company: Company = {
  id: "5f0c3c1e-7f55-4a4c-9a36-0c9d7b3b2f10", name: "Yushan Precision", industry: "manufacturing",
  description: { "zh-CN": "精密零件" }, colour: "#1f7a8c", logoImageId: null, website: "https://yushan.example.com/", videoUrl: null,
  contact: { email: "hello@yushan.example.com" }, products: [{ name: "Gearbox", text: "Small and quiet", imageId: null }], gallery: [],
  verified: false, suspended: false, booths: [], memberCount: 1, version: 3, myRole: "owner", createdAt: "2026-03-01T00:00:00Z",
};

describe("the company form", () => {
  it("turns empty fields into absent ones", () => {
    const check = checkDraft({ ...emptyDraft("#3D8B5A"), name: "  Lakeside Logistics ", descriptionEn: "We move things." });
    expect(check).toEqual({
      ok: true,
      body: {
        name: "Lakeside Logistics", industry: "manufacturing", description: { en: "We move things." }, colour: "#3d8b5a",
        logoImageId: null, website: null, videoUrl: null, contact: {}, products: [], gallery: [],
      },
    });
  });

  it("names the field that breaks the server's rules", () => {
    expect(checkDraft({ ...emptyDraft(), name: "A", descriptionEn: "x" })).toMatchObject({ ok: false, path: "name" });
    expect(checkDraft({ ...emptyDraft(), name: "Acme" })).toMatchObject({ ok: false, path: "description" });
    expect(checkDraft({ ...emptyDraft(), name: "Acme", descriptionZh: "好", website: "javascript:alert(1)" })).toMatchObject({ ok: false, path: "website" });
    expect(checkDraft({ ...emptyDraft(), name: "Acme", descriptionZh: "好", email: "not-mail" })).toMatchObject({ ok: false, path: "contact.email" });
    expect(checkDraft({ ...emptyDraft(), name: "Acme", descriptionZh: "好", products: [{ name: "", text: "", imageId: null }] }))
      .toMatchObject({ ok: false, path: "products.0.name" });
  });

  it("reads a company back into the form unchanged", () => {
    const before = checkDraft(draftFromCompany(company));
    expect(before.ok).toBe(true);
    if (!before.ok) return;
    expect(before.body).toMatchObject({ name: company.name, description: company.description, website: company.website, contact: company.contact });
  });

  it("sends only what changed", () => {
    const draft = draftFromCompany(company);
    const before = checkDraft(draft);
    const after = checkDraft({ ...draft, name: "Yushan Precision Parts", website: "" });
    if (!before.ok || !after.ok) throw new Error("valid drafts");
    expect(changedFields(before.body, after.body)).toEqual({ name: "Yushan Precision Parts", website: null });
    expect(changedFields(before.body, before.body)).toEqual({});
  });
});
