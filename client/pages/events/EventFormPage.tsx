/** Placeholder until the events pages land. */
export default function EventFormPage(_props: { eventId?: string }) {
  return null;
}
