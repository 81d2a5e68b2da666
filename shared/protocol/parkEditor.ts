import { z } from "zod";
import { LocalizedParagraph, LocalizedText, ParkLayout } from "./parkLayout.ts";

/** The HTTP contract of the park editor: saving a layout and creating parks from templates. */

const ParkId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "a park id uses lowercase letters, digits and dashes (at most 48)");

/** PUT /api/parks/:id/layout: the whole layout, and the version it was edited from. */
export const SaveLayoutBody = z.object({
  baseVersion: z.number().int().positive(),
  layout: ParkLayout,
}).strict();
export type SaveLayoutBody = z.infer<typeof SaveLayoutBody>;

/** Something the save did that the manager should know about, though it was allowed. */
export const LayoutWarning = z.object({
  /** A booth slot a company holds was removed: its booth is no longer shown until a manager
   * frees it or puts the slot back (the booth row is kept, see migration 003). */
  code: z.literal("slot_in_use"),
  slotId: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  message: z.string(),
});
export type LayoutWarning = z.infer<typeof LayoutWarning>;

export const SavedLayout = z.object({
  version: z.number().int().positive(),
  warnings: z.array(LayoutWarning),
});
export type SavedLayout = z.infer<typeof SavedLayout>;

/** A template is a layout shipped with the product (`asset:<id>`) or an existing park (`park:<id>`). */
export const TemplateId = z.string().regex(/^(asset|park):[a-z0-9][a-z0-9-]{0,47}$/, "a template id is asset:<id> or park:<id>");

export const ParkTemplate = z.object({
  id: TemplateId,
  source: z.enum(["asset", "park"]),
  name: LocalizedText,
  city: LocalizedText,
  description: LocalizedParagraph,
  size: z.object({ width: z.number(), depth: z.number() }),
  zones: z.number().int().nonnegative(),
  buildings: z.number().int().nonnegative(),
  boothSlots: z.number().int().nonnegative(),
});
export type ParkTemplate = z.infer<typeof ParkTemplate>;

export const ParkTemplateList = z.object({ templates: z.array(ParkTemplate) });
export type ParkTemplateList = z.infer<typeof ParkTemplateList>;

/** POST /api/parks: a new park laid out like the template, under its own id and name. */
export const CreateParkBody = z.object({
  id: ParkId,
  name: LocalizedText,
  city: LocalizedText,
  /** The template's description when left out. */
  description: LocalizedParagraph.optional(),
  templateId: TemplateId,
}).strict();
export type CreateParkBody = z.infer<typeof CreateParkBody>;

export const CreatedPark = z.object({ layout: ParkLayout, version: z.number().int().positive() });
export type CreatedPark = z.infer<typeof CreatedPark>;
