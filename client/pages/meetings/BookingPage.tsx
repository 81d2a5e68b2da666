/** Placeholder until the meeting-rooms pages land. */
export default function BookingPage() {
  return null;
}
