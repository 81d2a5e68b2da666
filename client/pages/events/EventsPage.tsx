/** Placeholder until the events pages land. */
export default function EventsPage() {
  return null;
}
