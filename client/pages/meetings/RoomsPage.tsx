/** Placeholder until the meeting-rooms pages land. */
export default function RoomsPage() {
  return null;
}
