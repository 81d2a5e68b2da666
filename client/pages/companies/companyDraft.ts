import {
  CreateCompanyBody, type Company, type Industry, type UpdateCompanyBody,
} from "../../../shared/protocol/companies.ts";

/** A company as its form holds it: every text a string, empty meaning "not given". */
export interface CompanyDraft {
  name: string;
  industry: Industry;
  descriptionZh: string;
  descriptionEn: string;
  colour: string;
  logoImageId: string | null;
  website: string;
  videoUrl: string;
  email: string;
  phone: string;
  wechat: string;
  address: string;
  products: Array<{ name: string; text: string; imageId: string | null }>;
  gallery: string[];
}

/** Warm, distinct colours for a new company's awning; the form picks one at random. */
export const COMPANY_COLOURS = ["#1f7a8c", "#e07a5f", "#3d8b5a", "#c98a10", "#5b6bbf", "#b5495b", "#2f7fd8", "#6d597a"] as const;

export const emptyDraft = (colour: string = COMPANY_COLOURS[0]): CompanyDraft => ({
  name: "", industry: "manufacturing", descriptionZh: "", descriptionEn: "", colour, logoImageId: null, website: "", videoUrl: "",
  email: "", phone: "", wechat: "", address: "", products: [], gallery: [],
});

export function draftFromCompany(c: Company): CompanyDraft {
  return {
    name: c.name,
    industry: c.industry,
    descriptionZh: c.description["zh-CN"] ?? "",
    descriptionEn: c.description.en ?? "",
    colour: c.colour,
    logoImageId: c.logoImageId,
    website: c.website ?? "",
    videoUrl: c.videoUrl ?? "",
    email: c.contact.email ?? "",
    phone: c.contact.phone ?? "",
    wechat: c.contact.wechat ?? "",
    address: c.contact.address ?? "",
    products: c.products.map((p) => ({ ...p })),
    gallery: [...c.gallery],
  };
}

export type DraftCheck = { ok: true; body: CreateCompanyBody } | { ok: false; path: string; message: string };

const given = (s: string): string | undefined => (s.trim() ? s.trim() : undefined);

/** The form as the API body, checked by the very schema the server uses (which checks again). */
export function checkDraft(d: CompanyDraft): DraftCheck {
  const contact = Object.fromEntries(
    Object.entries({ email: given(d.email), phone: given(d.phone), wechat: given(d.wechat), address: given(d.address) }).filter(([, v]) => v !== undefined),
  );
  const description = Object.fromEntries(
    Object.entries({ "zh-CN": given(d.descriptionZh), en: given(d.descriptionEn) }).filter(([, v]) => v !== undefined),
  );
  const parsed = CreateCompanyBody.safeParse({
    name: d.name,
    industry: d.industry,
    description,
    colour: d.colour.toLowerCase(),
    logoImageId: d.logoImageId,
    website: given(d.website) ?? null,
    videoUrl: given(d.videoUrl) ?? null,
    contact,
    products: d.products.map((p) => ({ name: p.name, text: p.text, imageId: p.imageId })),
    gallery: d.gallery,
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, path: issue.path.map(String).join("."), message: issue.message };
}

/** Only the fields that differ from what the company had: two members editing different parts do not undo each other. */
export function changedFields(before: CreateCompanyBody, after: CreateCompanyBody): UpdateCompanyBody {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof CreateCompanyBody>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  return out as UpdateCompanyBody;
}
