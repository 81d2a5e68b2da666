/** Placeholder until the room interior lands. */
export default function MeetingRoomPage(_props: { roomId: string }) {
  return null;
}
