import type { ClinicHours, MeetingKind, MeetingOwner, MeetingOwnerView, MeetingVisibility } from "../../../shared/protocol/meetings.ts";
import type { Queryable } from "./booths.ts";
import { MEETING_ROOM_COLUMNS, type MeetingRoomRow } from "./meetingRooms.ts";

/** The fields a manager (or, for some, the owner's side) writes. */
export interface MeetingRoomFields {
  name: string;
  kind: MeetingKind;
  capacity: number;
  visibility: MeetingVisibility;
  description: string;
  owner: MeetingOwner;
}

const ownerColumns = (owner: MeetingOwner): [string, string | null, string | null] => [
  owner.kind, owner.kind === "company" ? owner.companyId : null, owner.kind === "expert" ? owner.userId : null,
];

export async function insertMeetingRoom(db: Queryable, parkId: string, f: MeetingRoomFields): Promise<MeetingRoomRow> {
  const { rows } = await db.query<MeetingRoomRow>(
    `INSERT INTO meeting_rooms AS r (park_id, name, kind, capacity, visibility, description, owner_kind, owner_company_id, owner_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${MEETING_ROOM_COLUMNS}`,
    [parkId, f.name, f.kind, f.capacity, f.visibility, f.description, ...ownerColumns(f.owner)],
  );
  return rows[0]!;
}

/** Writes the given fields only; the others stay. */
export async function updateMeetingRoom(db: Queryable, id: string, f: Partial<MeetingRoomFields>): Promise<MeetingRoomRow | null> {
  const sets: string[] = [];
  const values: unknown[] = [id];
  const set = (column: string, value: unknown) => { values.push(value); sets.push(`${column} = $${values.length}`); };
  if (f.name !== undefined) set("name", f.name);
  if (f.kind !== undefined) set("kind", f.kind);
  if (f.capacity !== undefined) set("capacity", f.capacity);
  if (f.visibility !== undefined) set("visibility", f.visibility);
  if (f.description !== undefined) set("description", f.description);
  if (f.owner !== undefined) {
    const [kind, companyId, userId] = ownerColumns(f.owner);
    set("owner_kind", kind);
    set("owner_company_id", companyId);
    set("owner_user_id", userId);
  }
  const { rows } = await db.query<MeetingRoomRow>(
    `UPDATE meeting_rooms AS r SET ${[...sets, "updated_at = now()"].join(", ")} WHERE r.id = $1 AND r.archived_at IS NULL RETURNING ${MEETING_ROOM_COLUMNS}`,
    values,
  );
  return rows[0] ?? null;
}

export async function archiveMeetingRoom(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query("UPDATE meeting_rooms SET archived_at = now(), updated_at = now() WHERE id = $1 AND archived_at IS NULL", [id]);
  return (rowCount ?? 0) > 0;
}

/** The park's rooms that are not archived, by name. */
export async function listParkMeetingRooms(db: Queryable, parkId: string): Promise<MeetingRoomRow[]> {
  const { rows } = await db.query<MeetingRoomRow>(
    `SELECT ${MEETING_ROOM_COLUMNS} FROM meeting_rooms r WHERE r.park_id = $1 AND r.archived_at IS NULL ORDER BY r.name, r.id`, [parkId],
  );
  return rows;
}

export async function parkMeetingRoomIds(db: Queryable, parkId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>("SELECT id FROM meeting_rooms WHERE park_id = $1 AND archived_at IS NULL", [parkId]);
  return new Set(rows.map((r) => r.id));
}

/** Replaces a room's weekly clinic hours with these. */
export async function replaceClinicHours(db: Queryable, roomId: string, hours: readonly ClinicHours[]): Promise<void> {
  await db.query("DELETE FROM meeting_room_hours WHERE room_id = $1", [roomId]);
  if (hours.length === 0) return;
  await db.query(
    `INSERT INTO meeting_room_hours (room_id, weekday, start_minute, end_minute)
     SELECT $1, w, s, e FROM unnest($2::int[], $3::int[], $4::int[]) AS h(w, s, e)`,
    [roomId, hours.map((h) => h.weekday), hours.map((h) => h.startMinute), hours.map((h) => h.endMinute)],
  );
}

/** The clinic hours of several rooms at once, by room. */
export async function clinicHoursOf(db: Queryable, roomIds: readonly string[]): Promise<Map<string, ClinicHours[]>> {
  const byRoom = new Map<string, ClinicHours[]>();
  if (roomIds.length === 0) return byRoom;
  const { rows } = await db.query<ClinicHours & { roomId: string }>(
    `SELECT room_id AS "roomId", weekday, start_minute AS "startMinute", end_minute AS "endMinute"
       FROM meeting_room_hours WHERE room_id = ANY($1::uuid[]) ORDER BY weekday, start_minute`,
    [roomIds],
  );
  for (const { roomId, ...h } of rows) byRoom.set(roomId, [...(byRoom.get(roomId) ?? []), h]);
  return byRoom;
}

/** How each room's owner is shown: its company's name, or its expert's name and level. */
export async function ownerViews(db: Queryable, rooms: readonly MeetingRoomRow[]): Promise<Map<string, MeetingOwnerView>> {
  const companyIds = rooms.flatMap((r) => (r.ownerCompanyId ? [r.ownerCompanyId] : []));
  const userIds = rooms.flatMap((r) => (r.ownerUserId ? [r.ownerUserId] : []));
  const [companies, users] = await Promise.all([
    companyIds.length === 0 ? [] : db.query<{ id: string; name: string }>("SELECT id, name FROM companies WHERE id = ANY($1::uuid[])", [companyIds]).then((r) => r.rows),
    userIds.length === 0 ? [] : db.query<{ id: string; displayName: string; level: "none" | "expert" | "authority" }>(
      `SELECT id, display_name AS "displayName", expert_level AS level FROM users WHERE id = ANY($1::uuid[])`, [userIds],
    ).then((r) => r.rows),
  ]);
  const companyName = new Map(companies.map((c) => [c.id, c.name]));
  const user = new Map(users.map((u) => [u.id, u]));
  return new Map(rooms.map((r): [string, MeetingOwnerView] => {
    if (r.ownerKind === "company" && r.ownerCompanyId) {
      return [r.id, { kind: "company", companyId: r.ownerCompanyId, name: companyName.get(r.ownerCompanyId) ?? "" }];
    }
    if (r.ownerKind === "expert" && r.ownerUserId) {
      const u = user.get(r.ownerUserId);
      return [r.id, { kind: "expert", userId: r.ownerUserId, displayName: u?.displayName ?? "", level: u?.level ?? "none" }];
    }
    return [r.id, { kind: "park" }];
  }));
}
