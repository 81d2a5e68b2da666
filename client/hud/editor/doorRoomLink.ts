import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";

/**
 * The door `doorId` leads into `roomId`, or (null) into no room: then the field is gone from the
 * door, not left as an empty value, so a saved layout reads as a plain door.
 */
export function linkDoorToRoom(layout: ParkLayout, doorId: string, roomId: string | null): ParkLayout {
  return {
    ...layout,
    doors: layout.doors.map((door) => {
      if (door.id !== doorId) return door;
      const { meetingRoomId: _old, ...plain } = door;
      return roomId ? { ...plain, meetingRoomId: roomId } : plain;
    }),
  };
}
