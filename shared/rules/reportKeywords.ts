import type { CompanyReport, ParkReport, PersonReport, ReportKeyword } from "../protocol/reports.ts";

/**
 * The few words that sum up a year in a report. Each keyword has a threshold on one figure of the
 * report; its strength is how far the figure goes past it (figure / threshold). Keywords at or past
 * their threshold come first, strongest first (ties keep the order written below). A report with
 * fewer than MIN_KEYWORDS of those is topped up with the keywords at least halfway there, so a year
 * with some activity still reads as a few words; nothing below half a threshold is ever said, so a
 * year without activity gets none.
 */
export const MIN_KEYWORDS = 3;
export const MAX_KEYWORDS = 5;

/** A keyword, the figure behind it and the figure that earns it. */
interface Candidate { keyword: ReportKeyword; value: number; threshold: number }

/** How far past its threshold a candidate is: 1 at the threshold. */
const strength = (c: Candidate): number => (c.threshold > 0 ? c.value / c.threshold : 0);

export function chooseKeywords(candidates: readonly Candidate[]): ReportKeyword[] {
  const ranked = candidates
    .map((c, order) => ({ keyword: c.keyword, strength: strength(c), order }))
    .filter((c) => c.strength > 0)
    .sort((a, b) => b.strength - a.strength || a.order - b.order);
  const earned = ranked.filter((c) => c.strength >= 1);
  const halfway = ranked.filter((c) => c.strength >= 0.5 && c.strength < 1);
  const chosen = earned.length >= MIN_KEYWORDS ? earned : [...earned, ...halfway.slice(0, MIN_KEYWORDS - earned.length)];
  return chosen.slice(0, MAX_KEYWORDS).map((c) => c.keyword);
}

/** The thresholds, in one place so the page can say what a keyword means. */
export const PERSON_THRESHOLDS = {
  /** Days in the park with time from LATE_EVENING_HOUR on. */
  nightOwlLateEvenings: 5,
  /** Days in the park. */
  regularDays: 20,
  /** Different favourite zones plus booths (each list holds at most three). */
  explorerPlaces: 5,
  taskMakerPosted: 3,
  taskTakerCompleted: 3,
  /** Taken tasks that were accepted; needs this many completed and none left behind (see below). */
  reliableCompleted: 2,
  wellRatedReceived: 3,
  wellRatedAverage: 4.5,
  eventGoerEvents: 3,
  hostMeetings: 3,
  /** Kinds of meeting people: a meeting, an event, a task with someone, a rating given. */
  connectorKinds: 3,
} as const;

/** Facts about a person that are not figures of their report. */
export interface PersonFacts {
  /** Their account was made in the report's year. */
  joinedInYear: boolean;
}

export function personKeywords(r: Omit<PersonReport, "keywords">, facts: PersonFacts): ReportKeyword[] {
  const T = PERSON_THRESHOLDS;
  const active = r.secondsInPark > 0 || r.tasks.posted + r.tasks.taken > 0 || r.eventsAttended > 0 || r.meetingsHeld > 0 || r.ratings.given > 0;
  if (!active) return [];
  const connections = [r.meetingsHeld > 0, r.eventsAttended > 0, r.tasks.posted + r.tasks.taken > 0, r.ratings.given > 0].filter(Boolean).length;
  // Reliable: what they took, they finished. Nothing is said about someone who dropped work.
  const reliable = r.tasks.taken > 0 && r.tasks.completed >= r.tasks.taken ? r.tasks.completed : 0;
  const wellRated = r.ratings.average !== null && r.ratings.average >= T.wellRatedAverage ? r.ratings.received : 0;
  return chooseKeywords([
    { keyword: "night-owl", value: r.lateEvenings, threshold: T.nightOwlLateEvenings },
    { keyword: "regular", value: r.daysInPark, threshold: T.regularDays },
    { keyword: "explorer", value: r.favouriteZones.length + r.favouriteBooths.length, threshold: T.explorerPlaces },
    { keyword: "task-maker", value: r.tasks.posted, threshold: T.taskMakerPosted },
    { keyword: "task-taker", value: r.tasks.completed, threshold: T.taskTakerCompleted },
    { keyword: "reliable", value: reliable, threshold: T.reliableCompleted },
    { keyword: "well-rated", value: wellRated, threshold: T.wellRatedReceived },
    { keyword: "event-goer", value: r.eventsAttended, threshold: T.eventGoerEvents },
    { keyword: "host", value: r.meetingsHeld, threshold: T.hostMeetings },
    { keyword: "connector", value: connections, threshold: T.connectorKinds },
    // A newcomer is one whole step: newness is either so or not, never halfway.
    { keyword: "newcomer", value: facts.joinedInYear ? 1 : 0, threshold: 1 },
  ]);
}

export const COMPANY_THRESHOLDS = {
  crowdPullerVisitors: 30,
  taskMakerPosted: 3,
  /** Accepted tasks, with at least half of those posted accepted. */
  reliableCompleted: 2,
  wellRatedReceived: 3,
  wellRatedAverage: 4.5,
  hostEvents: 2,
  communityBuilderAttendees: 30,
} as const;

export interface CompanyFacts {
  /** The company was made in the report's year. */
  createdInYear: boolean;
}

export function companyKeywords(r: Omit<CompanyReport, "keywords">, facts: CompanyFacts): ReportKeyword[] {
  const T = COMPANY_THRESHOLDS;
  const active = r.booth.visits + r.tasks.posted + r.tasks.completed + r.events.held + r.ratings.received > 0;
  if (!active) return [];
  const reliable = r.tasks.completed * 2 >= r.tasks.posted ? r.tasks.completed : 0;
  const wellRated = r.ratings.average !== null && r.ratings.average >= T.wellRatedAverage ? r.ratings.received : 0;
  return chooseKeywords([
    { keyword: "crowd-puller", value: r.booth.visitors, threshold: T.crowdPullerVisitors },
    { keyword: "task-maker", value: r.tasks.posted, threshold: T.taskMakerPosted },
    { keyword: "reliable", value: reliable, threshold: T.reliableCompleted },
    { keyword: "well-rated", value: wellRated, threshold: T.wellRatedReceived },
    { keyword: "host", value: r.events.held, threshold: T.hostEvents },
    { keyword: "community-builder", value: r.events.attendees, threshold: T.communityBuilderAttendees },
    { keyword: "newcomer", value: facts.createdInYear ? 1 : 0, threshold: 1 },
  ]);
}

export const PARK_THRESHOLDS = {
  /** People on the busiest day. */
  busyParkDayPeople: 50,
  crowdPullerPeople: 200,
  /** New accounts as a share of the people who came. */
  newcomerShare: 0.3,
  taskMakerPosted: 20,
  communityBuilderAttendees: 100,
  hostEvents: 10,
} as const;

export function parkKeywords(r: Omit<ParkReport, "keywords">): ReportKeyword[] {
  const T = PARK_THRESHOLDS;
  const active = r.people + r.tasks.posted + r.events.held > 0;
  if (!active) return [];
  return chooseKeywords([
    { keyword: "busy-park", value: r.busiestDay?.people ?? 0, threshold: T.busyParkDayPeople },
    { keyword: "crowd-puller", value: r.people, threshold: T.crowdPullerPeople },
    { keyword: "community-builder", value: r.events.attendees, threshold: T.communityBuilderAttendees },
    { keyword: "host", value: r.events.held, threshold: T.hostEvents },
    { keyword: "task-maker", value: r.tasks.posted, threshold: T.taskMakerPosted },
    { keyword: "newcomer", value: r.people > 0 ? r.newPeople / r.people : 0, threshold: T.newcomerShare },
  ]);
}

/**
 * The figure each keyword of a subject asks for, so a page can say what earned it without
 * writing the thresholds a second time (for the park's newcomers: a percentage of the people).
 */
export const KEYWORD_THRESHOLDS = {
  person: {
    "night-owl": PERSON_THRESHOLDS.nightOwlLateEvenings, regular: PERSON_THRESHOLDS.regularDays, explorer: PERSON_THRESHOLDS.explorerPlaces,
    "task-maker": PERSON_THRESHOLDS.taskMakerPosted, "task-taker": PERSON_THRESHOLDS.taskTakerCompleted, reliable: PERSON_THRESHOLDS.reliableCompleted,
    "well-rated": PERSON_THRESHOLDS.wellRatedReceived, "event-goer": PERSON_THRESHOLDS.eventGoerEvents, host: PERSON_THRESHOLDS.hostMeetings,
    connector: PERSON_THRESHOLDS.connectorKinds, newcomer: 1,
  },
  company: {
    "crowd-puller": COMPANY_THRESHOLDS.crowdPullerVisitors, "task-maker": COMPANY_THRESHOLDS.taskMakerPosted, reliable: COMPANY_THRESHOLDS.reliableCompleted,
    "well-rated": COMPANY_THRESHOLDS.wellRatedReceived, host: COMPANY_THRESHOLDS.hostEvents, "community-builder": COMPANY_THRESHOLDS.communityBuilderAttendees, newcomer: 1,
  },
  park: {
    "busy-park": PARK_THRESHOLDS.busyParkDayPeople, "crowd-puller": PARK_THRESHOLDS.crowdPullerPeople, "community-builder": PARK_THRESHOLDS.communityBuilderAttendees,
    host: PARK_THRESHOLDS.hostEvents, "task-maker": PARK_THRESHOLDS.taskMakerPosted, newcomer: Math.round(PARK_THRESHOLDS.newcomerShare * 100),
  },
} as const satisfies Record<"person" | "company" | "park", Partial<Record<ReportKeyword, number>>>;
