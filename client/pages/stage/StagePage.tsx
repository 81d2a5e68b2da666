/** Placeholder until the live hall lands. */
export default function StagePage(_props: { eventId: string }) {
  return null;
}
