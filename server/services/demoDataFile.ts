import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { Colour, DisplayName } from "../../shared/protocol/http.ts";
import { AvatarStyle, CARD_NOTE_MAX, CreateCompanyBody, MAX_GALLERY, MAX_PRODUCTS, MAX_SKILLS, Product, Skill } from "../../shared/protocol/companies.ts";
import { USERNAME_MAX } from "../../shared/constants.ts";

export const DEMO_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../assets/demo");
export const DEMO_IMAGES_DIR = path.join(DEMO_DIR, "images");

/** A picture in assets/demo/images, by file name. */
const Picture = z.string().regex(/^[a-z0-9-]+\.(png|jpg)$/, "a picture is a .png or .jpg file name in assets/demo/images");
/** Demo people are recognisable by name as well as by flag: nobody mistakes them for a real account. */
const DemoUsername = z.string().regex(/^demo-[a-z0-9-]+$/, "a demo username starts with demo-").max(USERNAME_MAX);

export const DemoMember = z.object({
  username: DemoUsername,
  displayName: DisplayName,
  colour: Colour,
  avatarStyle: AvatarStyle,
  bio: z.string().max(500),
  skills: z.array(Skill).max(MAX_SKILLS),
}).strict();
export type DemoMember = z.infer<typeof DemoMember>;

export const DemoCompany = z.object({
  name: CreateCompanyBody.shape.name,
  industry: CreateCompanyBody.shape.industry,
  description: CreateCompanyBody.shape.description,
  colour: CreateCompanyBody.shape.colour,
  logo: Picture,
  website: CreateCompanyBody.shape.website,
  contact: CreateCompanyBody.shape.contact,
  products: z.array(z.object({ name: Product.shape.name, text: Product.shape.text, picture: Picture }).strict()).min(1).max(MAX_PRODUCTS),
  gallery: z.array(Picture).max(MAX_GALLERY),
  verified: z.boolean(),
  /** The slots it takes; a slot missing from the park's layout, or taken, is left out at seeding. */
  booths: z.array(z.object({ parkId: z.string(), slotId: z.string() }).strict()),
  /** The first member owns the company. */
  members: z.array(DemoMember).min(1),
  /** Cards other demo people left at its booth, a few days ago. */
  cards: z.array(z.object({
    from: DemoUsername,
    note: z.string().max(CARD_NOTE_MAX),
    daysAgo: z.number().int().min(0).max(13),
    read: z.boolean(),
  }).strict()),
}).strict();
export type DemoCompany = z.infer<typeof DemoCompany>;

export const DemoFile = z.object({ companies: z.array(DemoCompany).min(1) }).strict().superRefine((file, ctx) => {
  const people = new Map<string, string>();
  for (const [i, c] of file.companies.entries()) {
    for (const m of c.members) {
      const other = people.get(m.username);
      if (other) ctx.addIssue({ code: "custom", path: ["companies", i, "members"], message: `${m.username} is already a member of ${other}` });
      people.set(m.username, c.name);
    }
  }
  const names = new Set<string>();
  const slots = new Set<string>();
  for (const [i, c] of file.companies.entries()) {
    if (names.has(c.name.toLowerCase())) ctx.addIssue({ code: "custom", path: ["companies", i, "name"], message: `${c.name} appears twice` });
    names.add(c.name.toLowerCase());
    for (const b of c.booths) {
      const key = `${b.parkId}/${b.slotId}`;
      if (slots.has(key)) ctx.addIssue({ code: "custom", path: ["companies", i, "booths"], message: `slot ${key} is given twice` });
      slots.add(key);
    }
    for (const [k, card] of c.cards.entries()) {
      if (!people.has(card.from)) ctx.addIssue({ code: "custom", path: ["companies", i, "cards", k, "from"], message: `${card.from} is no demo member` });
      else if (people.get(card.from) === c.name) ctx.addIssue({ code: "custom", path: ["companies", i, "cards", k, "from"], message: `${card.from} would leave a card at their own company` });
    }
  }
});
export type DemoFile = z.infer<typeof DemoFile>;

/** Every picture file a company shows, logo first. */
export const picturesOf = (c: DemoCompany): string[] => [c.logo, ...c.products.map((p) => p.picture), ...c.gallery];

/** assets/demo/companies.json, validated; a broken file stops the start with the reason. */
export function readDemoFile(options: { dir?: string; checkPictures?: boolean } = {}): DemoFile {
  const dir = options.dir ?? DEMO_DIR;
  const result = DemoFile.safeParse(JSON.parse(fs.readFileSync(path.join(dir, "companies.json"), "utf8")));
  if (!result.success) {
    throw new Error(`demo data ${path.join(dir, "companies.json")} is invalid: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  if (options.checkPictures ?? true) {
    const missing = result.data.companies.flatMap(picturesOf).filter((file) => !fs.existsSync(path.join(dir, "images", file)));
    if (missing.length) throw new Error(`demo pictures missing from ${path.join(dir, "images")}: ${missing.join(", ")} (run node scripts/renderDemoImages.ts)`);
  }
  return result.data;
}
