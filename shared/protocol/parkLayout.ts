import { z } from "zod";
import { MAX_PARK_SIZE } from "../constants.ts";
import { layoutProblems } from "../rules/layoutValidation.ts";

/** A name shown to people, in both of the product's languages. */
export const LocalizedText = z.object({
  "zh-CN": z.string().trim().min(1).max(80),
  en: z.string().trim().min(1).max(80),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const LocalizedParagraph = z.object({
  "zh-CN": z.string().trim().min(1).max(600),
  en: z.string().trim().min(1).max(600),
});

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "ids are lowercase letters, digits and dashes");
const Metres = z.number().finite();
/** A point on the ground: x to the east, z to the south, in metres from the park's corner. */
const Point = z.tuple([Metres, Metres]);

export const ZoneKind = z.enum(["plaza", "demand-hall", "exhibition", "meeting-wing", "launch-hall", "cafe", "green", "other"]);
export type ZoneKind = z.infer<typeof ZoneKind>;

export const Zone = z.object({
  id: Id,
  kind: ZoneKind,
  name: LocalizedText,
  /** Corners of the zone's area, in order. */
  polygon: z.array(Point).min(3).max(64),
});
export type Zone = z.infer<typeof Zone>;

/** Buildings are axis-aligned boxes: nobody walks through them. */
export const Building = z.object({
  id: Id,
  zoneId: Id.optional(),
  name: LocalizedText.optional(),
  x: Metres,
  z: Metres,
  width: z.number().positive(),
  depth: z.number().positive(),
  height: z.number().positive().max(200),
});
export type Building = z.infer<typeof Building>;

const Placed = z.object({ id: Id, x: Metres, z: Metres, rotation: z.number().finite().default(0) });

export const BoothSlot = Placed.extend({ zoneId: Id });
export type BoothSlot = z.infer<typeof BoothSlot>;
/** A door in the meeting wing; walking through it enters its meeting room (one door per room). */
export const Door = Placed.extend({ zoneId: Id, label: LocalizedText.optional(), meetingRoomId: z.string().uuid().optional() });
export type Door = z.infer<typeof Door>;
export const Portal = Placed.extend({
  radius: z.number().positive().max(10),
  targetParkId: Id,
  targetSpawnId: Id,
  label: LocalizedText,
});
export type Portal = z.infer<typeof Portal>;
export const SpawnPoint = Placed;
export type SpawnPoint = z.infer<typeof SpawnPoint>;

/** What a board shows. The demand hall's task board and the launch hall's programme are boards
 * whose content later features fill in; a notice board carries the park's own notices. */
export const BoardKind = z.enum(["notice", "task-board", "events"]);
export type BoardKind = z.infer<typeof BoardKind>;

/** A free-standing board people walk up to and read. */
export const Board = Placed.extend({ zoneId: Id.optional(), kind: BoardKind, title: LocalizedText });
export type Board = z.infer<typeof Board>;

export const DecorationKind = z.enum(["tree", "planter", "bench", "lamp", "fountain", "sculpture", "flag"]);
export type DecorationKind = z.infer<typeof DecorationKind>;

/** Something a manager placed to make the park pleasant; it does not block walking. */
export const Decoration = Placed.extend({ kind: DecorationKind });
export type Decoration = z.infer<typeof Decoration>;

export const ParkLayout = z
  .object({
    id: Id,
    name: LocalizedText,
    city: LocalizedText,
    description: LocalizedParagraph,
    size: z.object({
      width: z.number().min(20).max(MAX_PARK_SIZE),
      depth: z.number().min(20).max(MAX_PARK_SIZE),
    }),
    zones: z.array(Zone).min(1).max(64),
    buildings: z.array(Building).max(256),
    boothSlots: z.array(BoothSlot).max(512),
    doors: z.array(Door).max(256),
    // Added after the first parks were stored: older layouts have none, and stay valid.
    boards: z.array(Board).max(64).default([]),
    portals: z.array(Portal).max(32),
    spawnPoints: z.array(SpawnPoint).min(1).max(32),
    decorations: z.array(Decoration).max(512).default([]),
  })
  // Placement rules (inside the park, clear of buildings, known zones, unique ids) live in one
  // pure function that the editor also runs, so a manager sees the same problems before saving.
  .superRefine((park, ctx) => {
    for (const problem of layoutProblems(park)) ctx.addIssue({ code: "custom", message: problem.message, path: problem.path });
  });
export type ParkLayout = z.infer<typeof ParkLayout>;
