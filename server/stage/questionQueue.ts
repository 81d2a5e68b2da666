/** A question as the queue knows it. */
export interface QueuedQuestion { id: string; name: string; text: string; status: string; votes: number; createdAt: Date }

/** How many questions the room shows: the rest wait in the database until they climb. */
export const QUEUE_SHOWN = 30;

/**
 * The queue everyone sees: the question on screen, then the open ones by votes, older first among
 * equal votes (so asking early is not undone by asking again), at most `limit`.
 */
export function rankQuestions(questions: readonly QueuedQuestion[], limit = QUEUE_SHOWN): QueuedQuestion[] {
  const shown = questions.filter((q) => q.status === "open" || q.status === "on-screen");
  shown.sort((a, b) =>
    Number(b.status === "on-screen") - Number(a.status === "on-screen")
    || b.votes - a.votes
    || a.createdAt.getTime() - b.createdAt.getTime()
    || (a.id < b.id ? -1 : 1));
  return shown.slice(0, limit);
}
