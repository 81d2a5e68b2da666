import { z } from "zod";
import { HttpUrl, Uuid } from "./companies.ts";

/**
 * The HTTP contract of the demand hall: tasks, applications, deliveries, ratings, disputes,
 * expert certification and notifications. The state machine itself is shared/rules/taskMachine.ts.
 */

const cleanText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} has at most ${max} characters`)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), `${what} cannot contain control characters`);
const required = (max: number, what: string) => cleanText(max, what).pipe(z.string().min(1, `${what} cannot be empty`));

export const TASK_STATUSES = ["draft", "open", "assigned", "delivered", "accepted", "cancelled", "disputed"] as const;
export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TASK_CATEGORIES = [
  "design", "engineering", "software", "automation", "quality", "process", "materials", "marketing", "training", "other",
] as const;
export const TaskCategory = z.enum(TASK_CATEGORIES);
export type TaskCategory = z.infer<typeof TaskCategory>;

export const EXPERT_LEVELS = ["none", "expert", "authority"] as const;
export const ExpertLevel = z.enum(EXPERT_LEVELS);
export type ExpertLevel = z.infer<typeof ExpertLevel>;

export const TASK_TITLE_MAX = 80;
export const TASK_DESCRIPTION_MAX = 4000;
export const MAX_APPLICATIONS = 20;
export const TaskSkill = required(24, "a skill");
/** A fee in whole yuan: money never moves through Enclave, the task only records it. */
export const Fee = z.number().int("a fee is a whole number of yuan").min(0).max(10_000_000);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written YYYY-MM-DD");

const TaskFields = {
  title: required(TASK_TITLE_MAX, "a title"),
  description: required(TASK_DESCRIPTION_MAX, "a description"),
  category: TaskCategory,
  skills: z.array(TaskSkill).max(12, "at most 12 skills"),
  /** null: negotiable. */
  budget: Fee.nullable(),
  deadline: Day.nullable(),
  certifiedOnly: z.boolean(),
  maxApplications: z.number().int().min(1).max(MAX_APPLICATIONS, `at most ${MAX_APPLICATIONS} applications`),
  /** Post for this company (the poster must be a member); absent: a personal need. */
  companyId: Uuid.nullable(),
};

/** POST /api/tasks: `publish: false` keeps it as a draft. */
export const CreateTaskBody = z.object({
  ...TaskFields,
  skills: TaskFields.skills.default([]),
  budget: TaskFields.budget.default(null),
  deadline: TaskFields.deadline.default(null),
  certifiedOnly: TaskFields.certifiedOnly.default(false),
  maxApplications: TaskFields.maxApplications.default(MAX_APPLICATIONS),
  companyId: TaskFields.companyId.default(null),
  publish: z.boolean().default(true),
}).strict();
export type CreateTaskBody = z.infer<typeof CreateTaskBody>;

/** PATCH /api/tasks/:id: a draft (or an open task with no application yet) changes. */
export const UpdateTaskBody = z.object(TaskFields).partial().strict()
  .refine((b) => Object.keys(b).length > 0, "nothing to change");

/** Everything a transition may carry; which fields an action needs is the machine's business. */
export const TransitionBody = z.object({
  /** Why (cancel, dispute, decline, request changes, decide…): recorded in the history. */
  reason: cleanText(1000, "a reason").optional(),
  /** pick: the application chosen. */
  applicationId: Uuid.optional(),
  /** pick: the fee agreed (defaults to the application's proposal). */
  agreedFee: Fee.optional(),
  /** deliver */
  message: cleanText(4000, "a delivery message").optional(),
  links: z.array(HttpUrl).max(10).optional(),
  /** decide (managers): how the dispute ends. */
  decision: z.enum(["accepted", "cancelled", "assigned"]).optional(),
}).strict();
export type TransitionBody = z.infer<typeof TransitionBody>;

export const ApplyBody = z.object({
  note: required(1000, "a note"),
  proposedFee: Fee.nullable().default(null),
}).strict();
export const InviteExpertBody = z.object({ userId: Uuid }).strict();
export const RateBody = z.object({
  stars: z.number().int().min(1, "from 1 to 5 stars").max(5, "from 1 to 5 stars"),
  comment: cleanText(500, "a comment").default(""),
}).strict();

export const TaskIdParams = z.object({ id: Uuid });

export const PersonRef = z.object({
  id: Uuid,
  displayName: z.string(),
  colour: z.string(),
  expertLevel: ExpertLevel,
});
export type PersonRef = z.infer<typeof PersonRef>;

export const TaskSummary = z.object({
  id: Uuid,
  title: z.string(),
  category: TaskCategory,
  skills: z.array(z.string()),
  budget: z.number().int().nullable(),
  deadline: z.string().nullable(),
  certifiedOnly: z.boolean(),
  status: TaskStatus,
  company: z.object({ id: Uuid, name: z.string(), verified: z.boolean(), logoImageId: Uuid.nullable() }).nullable(),
  poster: PersonRef,
  applications: z.number().int().nonnegative(),
  maxApplications: z.number().int(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TaskSummary = z.infer<typeof TaskSummary>;

export const TaskApplication = z.object({
  id: Uuid,
  applicant: PersonRef,
  note: z.string(),
  proposedFee: z.number().int().nullable(),
  status: z.enum(["pending", "picked", "declined", "withdrawn"]),
  invited: z.boolean(),
  createdAt: z.string(),
});
export type TaskApplication = z.infer<typeof TaskApplication>;

export const TaskEvent = z.object({
  id: z.number().int(),
  actor: PersonRef.nullable(),
  action: z.string(),
  fromStatus: TaskStatus.nullable(),
  toStatus: TaskStatus,
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type TaskEvent = z.infer<typeof TaskEvent>;

export const TaskDelivery = z.object({
  round: z.number().int(),
  message: z.string(),
  links: z.array(z.string()),
  createdAt: z.string(),
});

export const TaskRating = z.object({ from: PersonRef, stars: z.number().int(), comment: z.string(), createdAt: z.string() });

export const TaskDetail = TaskSummary.extend({
  description: z.string(),
  maxChangeRounds: z.number().int(),
  changeRounds: z.number().int(),
  taker: PersonRef.nullable(),
  agreedFee: z.number().int().nullable(),
  cancelProposedBy: Uuid.nullable(),
  deliveredAt: z.string().nullable(),
  autoAcceptAt: z.string().nullable(),
  version: z.number().int(),
  /** Seen only by the poster's side; others see their own application only. */
  applicationList: z.array(TaskApplication),
  deliveries: z.array(TaskDelivery),
  history: z.array(TaskEvent),
  ratings: z.array(TaskRating),
  dispute: z.object({ id: Uuid, openedBy: PersonRef.nullable(), reason: z.string(), status: z.enum(["open", "decided"]), decision: z.string().nullable(), decisionNote: z.string().nullable() }).nullable(),
  /** What the reader may do now, from the state machine (action names of taskMachine.ts). */
  actions: z.array(z.string()),
});
export type TaskDetail = z.infer<typeof TaskDetail>;

export const TaskListQuery = z.object({
  q: z.string().trim().max(80).optional(),
  category: TaskCategory.optional(),
  skill: z.string().trim().max(24).optional(),
  status: TaskStatus.optional(),
  companyId: Uuid.optional(),
  budgetMin: z.coerce.number().int().min(0).optional(),
  budgetMax: z.coerce.number().int().min(0).optional(),
  /** posted | applied | taking | delivered: the reader's own tasks. */
  mine: z.enum(["posted", "applied", "taking", "delivered"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  offset: z.coerce.number().int().min(0).default(0),
});
export const TaskList = z.object({ tasks: z.array(TaskSummary), total: z.number().int() });
export type TaskList = z.infer<typeof TaskList>;

// ---- Experts -----------------------------------------------------------------------------------

export const CertificationBody = z.object({
  fields: z.array(TaskCategory).min(1, "name at least one field").max(5),
  statement: required(2000, "a statement"),
  links: z.array(HttpUrl).max(5).default([]),
}).strict();
export const CertificationDecisionBody = z.object({
  approve: z.boolean(),
  /** approve: expert or authority (managers grant authority). */
  level: z.enum(["expert", "authority"]).default("expert"),
  reason: cleanText(500, "a reason").optional(),
}).strict();
export const CertificationRequest = z.object({
  id: Uuid,
  user: PersonRef,
  fields: z.array(z.string()),
  statement: z.string(),
  links: z.array(z.string()),
  status: z.enum(["pending", "approved", "rejected", "withdrawn"]),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type CertificationRequest = z.infer<typeof CertificationRequest>;

/** A suggestion from the matcher, with the parts of its score. */
export const ExpertMatch = z.object({ expert: PersonRef, skills: z.array(z.string()), rating: z.number().nullable(), score: z.number() });
export const TaskMatch = z.object({ task: TaskSummary, score: z.number() });

// ---- Notifications -----------------------------------------------------------------------------

export const Notification = z.object({
  id: Uuid,
  kind: z.string(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof Notification>;
export const NotificationList = z.object({ notifications: z.array(Notification), unread: z.number().int() });

// ---- Lists, queues and suggestions (added with the search and matching routes) -----------------

export const CertificationRequestList = z.object({ requests: z.array(CertificationRequest) });
/** GET /api/certification-requests (managers): pending ones unless asked otherwise. */
export const CertificationQuery = z.object({ status: z.enum(["pending", "approved", "rejected", "withdrawn"]).default("pending") });
/** POST /api/users/:id/expert-level (managers): grant authority, or take a certification back. */
export const ExpertLevelBody = z.object({ level: ExpertLevel }).strict();
export const ExpertLevelAnswer = z.object({ id: Uuid, expertLevel: ExpertLevel, expertFields: z.array(z.string()) });

export const ExpertMatchList = z.object({ experts: z.array(ExpertMatch) });
export const TaskMatchList = z.object({ tasks: z.array(TaskMatch) });

/** GET /api/me/notifications: newest first; `before` (an ISO time) pages back. */
export const NotificationQuery = z.object({
  before: z.string().datetime({ offset: true, message: "before is an ISO date and time" }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export const ReadNotificationsBody = z.object({ ids: z.array(Uuid).max(200).optional() }).strict();
export const ReadNotificationsAnswer = z.object({ read: z.number().int().nonnegative(), unread: z.number().int().nonnegative() });

/** GET /api/disputes (managers): the queue, with each task's title and both sides. */
export const DisputeQuery = z.object({ status: z.enum(["open", "decided"]).default("open") });
export const DisputeSummary = z.object({
  id: Uuid,
  task: z.object({ id: Uuid, title: z.string(), status: TaskStatus, agreedFee: z.number().int().nullable() }),
  company: z.object({ id: Uuid, name: z.string() }).nullable(),
  poster: PersonRef,
  taker: PersonRef.nullable(),
  openedBy: PersonRef.nullable(),
  fromStatus: z.string(),
  reason: z.string(),
  status: z.enum(["open", "decided"]),
  decision: z.string().nullable(),
  createdAt: z.string(),
});
export type DisputeSummary = z.infer<typeof DisputeSummary>;
export const DisputeList = z.object({ disputes: z.array(DisputeSummary) });
export type NotificationList = z.infer<typeof NotificationList>;
export type CertificationRequestList = z.infer<typeof CertificationRequestList>;

/** The notifications the task lifecycle writes; each payload has taskId, taskTitle, action and the
 * task's status (task.applied adds `by` and `byName`, the applicant's id and name; task.decided adds `decision`). */
export const TASK_NOTIFICATION_KINDS = [
  "task.applied", "task.invited", "task.picked", "task.notPicked", "task.delivered", "task.changesRequested",
  "task.accepted", "task.autoAccepted", "task.cancelled", "task.cancelProposed", "task.cancelAgreed", "task.cancelRejected",
  "task.withdrawn", "task.disputed", "task.decided",
] as const;
export type TaskNotificationKind = (typeof TASK_NOTIFICATION_KINDS)[number];
