/** Placeholder until the events pages land. */
export default function ManageEventsPage() {
  return null;
}
