/** Placeholder until the meeting-rooms pages land. */
export default function RoomPage(_props: { roomId: string }) {
  return null;
}
