/**
 * Who fits a task, and which tasks fit a person: pure scores in [0, 1] the routes sort by.
 *
 * A score mixes three things, weighed in MATCH_WEIGHTS:
 * - fit: the task's skills the candidate has (case-insensitive), and whether they are certified in
 *   the task's category. Fit matters most: a famous expert in the wrong field is no help.
 * - rating: a Bayesian average of the stars they received, pulled towards PRIOR_STARS by
 *   PRIOR_WEIGHT imaginary ratings, so one 5-star rating does not beat twenty 4.8s.
 * - activity: tasks completed or applied to lately, each worth less as it ages (half-life
 *   ACTIVITY_HALF_LIFE_DAYS, nothing after ACTIVITY_WINDOW_DAYS), so people who still work rise.
 */
export const MATCH_WEIGHTS = { fit: 0.6, rating: 0.25, activity: 0.15 } as const;
/** Inside fit: the share of the task's skills covered vs being certified in the task's category. */
export const FIT_PARTS = { skills: 0.7, field: 0.3 } as const;
export const PRIOR_STARS = 3.5;
export const PRIOR_WEIGHT = 5;
export const ACTIVITY_WINDOW_DAYS = 90;
export const ACTIVITY_HALF_LIFE_DAYS = 30;
/** Recent activity worth this much (after decay) counts as fully active. */
const ACTIVITY_FULL = 5;
const DAY_MS = 24 * 3600 * 1000;

export interface MatchTask {
  category: string;
  skills: readonly string[];
}

export interface MatchCandidate {
  skills: readonly string[];
  /** Categories they are certified in. */
  expertFields: readonly string[];
  /** Stars they received as a taker or poster. */
  ratingSum: number;
  ratingCount: number;
  /** When they completed a task or applied to one. */
  activity: readonly Date[];
}

const norm = (s: string) => s.trim().toLowerCase();

/** The task's skills the candidate has, as the task spells them. */
export function sharedSkills(task: MatchTask, skills: readonly string[]): string[] {
  const mine = new Set(skills.map(norm));
  return task.skills.filter((s) => mine.has(norm(s)));
}

/** Average stars with PRIOR_WEIGHT ratings of PRIOR_STARS mixed in; PRIOR_STARS with no rating. */
export function bayesianStars(sum: number, count: number): number {
  return (sum + PRIOR_STARS * PRIOR_WEIGHT) / (count + PRIOR_WEIGHT);
}

/** Recent activity in [0, 1]: each event decays by half every ACTIVITY_HALF_LIFE_DAYS. */
export function activityScore(activity: readonly Date[], now: Date): number {
  let total = 0;
  for (const at of activity) {
    const days = Math.max(0, (now.getTime() - at.getTime()) / DAY_MS);
    if (days > ACTIVITY_WINDOW_DAYS) continue;
    total += 0.5 ** (days / ACTIVITY_HALF_LIFE_DAYS);
  }
  return Math.min(1, total / ACTIVITY_FULL);
}

function fitScore(task: MatchTask, candidate: Pick<MatchCandidate, "skills" | "expertFields">): number {
  // A task naming no skill is judged on the field alone.
  const skills = task.skills.length === 0 ? 0 : sharedSkills(task, candidate.skills).length / task.skills.length;
  const field = candidate.expertFields.map(norm).includes(norm(task.category)) ? 1 : 0;
  return task.skills.length === 0 ? field : FIT_PARTS.skills * skills + FIT_PARTS.field * field;
}

/** How well a candidate suits a task, in [0, 1]. */
export function expertScore(task: MatchTask, candidate: MatchCandidate, now: Date = new Date()): number {
  const rating = (bayesianStars(candidate.ratingSum, candidate.ratingCount) - 1) / 4;
  return MATCH_WEIGHTS.fit * fitScore(task, candidate)
    + MATCH_WEIGHTS.rating * rating
    + MATCH_WEIGHTS.activity * activityScore(candidate.activity, now);
}

export interface MatchTaskForPerson extends MatchTask {
  /** Applications so far and the most the task takes: a nearly full task is less worth a try. */
  applications: number;
  maxApplications: number;
  publishedAt: Date | null;
}

/** Suggested tasks for a person: fit first, then room left and freshness (a week-old task fades). */
export function taskScore(task: MatchTaskForPerson, person: Pick<MatchCandidate, "skills" | "expertFields">, now: Date = new Date()): number {
  const room = 1 - Math.min(1, task.applications / Math.max(1, task.maxApplications));
  const ageDays = task.publishedAt ? Math.max(0, (now.getTime() - task.publishedAt.getTime()) / DAY_MS) : ACTIVITY_WINDOW_DAYS;
  const fresh = 0.5 ** (ageDays / 7);
  return 0.7 * fitScore(task, person) + 0.15 * room + 0.15 * fresh;
}
