/** Placeholder until the meeting-rooms pages land. */
export default function MyMeetingsPage() {
  return null;
}
