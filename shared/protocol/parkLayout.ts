import { z } from "zod";
import { MAX_PARK_SIZE } from "../constants.ts";

/** A name shown to people, in both of the product's languages. */
export const LocalizedText = z.object({
  "zh-CN": z.string().min(1).max(80),
  en: z.string().min(1).max(80),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const LocalizedParagraph = z.object({
  "zh-CN": z.string().min(1).max(600),
  en: z.string().min(1).max(600),
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
export const Door = Placed.extend({ zoneId: Id, label: LocalizedText.optional() });
export const Portal = Placed.extend({
  radius: z.number().positive().max(10),
  targetParkId: Id,
  targetSpawnId: Id,
  label: LocalizedText,
});
export type Portal = z.infer<typeof Portal>;
export const SpawnPoint = Placed;

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
    portals: z.array(Portal).max(32),
    spawnPoints: z.array(SpawnPoint).min(1).max(32),
  })
  .superRefine((park, ctx) => {
    const inside = (x: number, zz: number) => x >= 0 && zz >= 0 && x <= park.size.width && zz <= park.size.depth;
    const check = (what: string, x: number, zz: number) => {
      if (!inside(x, zz)) ctx.addIssue({ code: "custom", message: `${what} at (${x}, ${zz}) lies outside the park` });
    };
    for (const zone of park.zones) zone.polygon.forEach(([x, zz]) => check(`zone ${zone.id}`, x, zz));
    for (const b of park.buildings) {
      check(`building ${b.id}`, b.x, b.z);
      check(`building ${b.id}`, b.x + b.width, b.z + b.depth);
    }
    for (const list of [park.boothSlots, park.doors, park.portals, park.spawnPoints]) {
      for (const item of list) check(item.id, item.x, item.z);
    }
    for (const s of park.spawnPoints) {
      const blocked = park.buildings.find((b) => s.x >= b.x && s.x <= b.x + b.width && s.z >= b.z && s.z <= b.z + b.depth);
      if (blocked) ctx.addIssue({ code: "custom", message: `spawn point ${s.id} is inside building ${blocked.id}` });
    }
    const zoneIds = new Set(park.zones.map((zn) => zn.id));
    for (const item of [...park.boothSlots, ...park.doors]) {
      if (!zoneIds.has(item.zoneId)) ctx.addIssue({ code: "custom", message: `${item.id} names unknown zone ${item.zoneId}` });
    }
    const ids = new Set<string>();
    for (const item of [...park.zones, ...park.buildings, ...park.boothSlots, ...park.doors, ...park.portals, ...park.spawnPoints]) {
      if (ids.has(item.id)) ctx.addIssue({ code: "custom", message: `id ${item.id} is used twice` });
      ids.add(item.id);
    }
  });
export type ParkLayout = z.infer<typeof ParkLayout>;
