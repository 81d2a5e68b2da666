/** Placeholder until the events pages land. */
export default function EventPage(_props: { eventId: string }) {
  return null;
}
