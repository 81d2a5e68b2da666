import { z } from "zod";
import { Colour, DisplayName, Role } from "./http.ts";

/**
 * The HTTP contract for profiles, companies, booths, cards, visits and images. The server validates
 * bodies with these and answers in these shapes; the client reads answers with the same types.
 */

export const Uuid = z.string().uuid("not a valid id");
const ParkId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "not a park id");
const SlotId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "not a booth slot id");

/** No control characters but line breaks and tabs: they would break every list they appear in. */
const cleanText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} has at most ${max} characters`)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), `${what} cannot contain control characters`);

/** Links are shown as links that open in a new tab: only http and https, never javascript: or data:. */
export const HttpUrl = z.string().trim().max(500, "a link has at most 500 characters").url("not a valid link")
  .refine((s) => /^https?:\/\//i.test(s), "a link must start with http:// or https://");

export const INDUSTRIES = [
  "manufacturing", "electronics", "automation", "materials", "energy", "software", "logistics", "design", "services", "other",
] as const;
export const Industry = z.enum(INDUSTRIES);
export type Industry = z.infer<typeof Industry>;

/** Text in Chinese and/or English: at least one of them. */
export const BilingualText = z.object({
  "zh-CN": cleanText(2000, "a description").optional(),
  en: cleanText(2000, "a description").optional(),
}).strict().refine((d) => Boolean(d["zh-CN"] || d.en), "write the description in Chinese, English or both");
export type BilingualText = z.infer<typeof BilingualText>;

export const Contact = z.object({
  email: z.string().trim().email("not a valid e-mail address").max(120).optional(),
  phone: z.string().trim().regex(/^[0-9+()\- ]{5,30}$/, "a phone number uses digits, spaces and + ( ) -").optional(),
  wechat: cleanText(40, "a WeChat id").optional(),
  address: cleanText(200, "an address").optional(),
}).strict();
export type Contact = z.infer<typeof Contact>;

export const Product = z.object({
  name: cleanText(60, "a product name").pipe(z.string().min(1, "a product needs a name")),
  text: cleanText(280, "a product text").default(""),
  imageId: Uuid.nullable().default(null),
}).strict();
export type Product = z.infer<typeof Product>;

export const COMPANY_NAME_MAX = 60;
export const MAX_PRODUCTS = 12;
export const MAX_GALLERY = 8;

const CompanyFields = {
  name: cleanText(COMPANY_NAME_MAX, "a company name").pipe(z.string().min(2, "a company name has at least 2 characters")),
  industry: Industry,
  description: BilingualText,
  colour: Colour,
  logoImageId: Uuid.nullable(),
  website: HttpUrl.nullable(),
  videoUrl: HttpUrl.nullable(),
  contact: Contact,
  products: z.array(Product).max(MAX_PRODUCTS, `at most ${MAX_PRODUCTS} products`),
  gallery: z.array(Uuid).max(MAX_GALLERY, `at most ${MAX_GALLERY} pictures`),
};

/** POST /api/companies: the creator becomes the owner. */
export const CreateCompanyBody = z.object({
  ...CompanyFields,
  logoImageId: CompanyFields.logoImageId.default(null),
  website: CompanyFields.website.default(null),
  videoUrl: CompanyFields.videoUrl.default(null),
  contact: CompanyFields.contact.default({}),
  products: CompanyFields.products.default([]),
  gallery: CompanyFields.gallery.default([]),
}).strict();
export type CreateCompanyBody = z.infer<typeof CreateCompanyBody>;

/** PATCH /api/companies/:id: only the fields given change. */
export const UpdateCompanyBody = z.object(CompanyFields).partial().strict()
  .refine((b) => Object.keys(b).length > 0, "nothing to change");
export type UpdateCompanyBody = z.infer<typeof UpdateCompanyBody>;

export const MemberRole = z.enum(["owner", "member"]);
export type MemberRole = z.infer<typeof MemberRole>;

/** Where a company has a booth. */
export const BoothPlace = z.object({ parkId: z.string(), slotId: z.string() });
export type BoothPlace = z.infer<typeof BoothPlace>;

/** What anyone may read about a company: its page and its booth panel. */
/** Average stars received and how many ratings; stars is null with none. */
export const Rating = z.object({ stars: z.number().nullable(), count: z.number().int().nonnegative() });
export type Rating = z.infer<typeof Rating>;

export const Company = z.object({
  id: Uuid,
  name: z.string(),
  industry: Industry,
  description: z.object({ "zh-CN": z.string().optional(), en: z.string().optional() }),
  colour: Colour,
  logoImageId: Uuid.nullable(),
  website: z.string().nullable(),
  videoUrl: z.string().nullable(),
  contact: Contact,
  products: z.array(z.object({ name: z.string(), text: z.string(), imageId: Uuid.nullable() })),
  gallery: z.array(Uuid),
  verified: z.boolean(),
  suspended: z.boolean(),
  /** Why a manager suspended it: shown to its members and to managers only. */
  suspendedReason: z.string().nullable().optional(),
  booths: z.array(BoothPlace),
  memberCount: z.number().int().nonnegative(),
  version: z.number().int().positive(),
  /** The reader's own role in the company, when they belong to it. */
  myRole: MemberRole.nullable(),
  createdAt: z.string(),
  /** Stars the company's tasks received from their takers. */
  rating: Rating.optional(),
});
export type Company = z.infer<typeof Company>;

export const CompanySummary = Company.pick({
  id: true, name: true, industry: true, colour: true, logoImageId: true, verified: true, suspended: true, booths: true,
});
export type CompanySummary = z.infer<typeof CompanySummary>;
export const CompanyList = z.object({ companies: z.array(CompanySummary) });
export type CompanyList = z.infer<typeof CompanyList>;

export const CompanyIdParams = z.object({ id: Uuid });
export const CompanyMemberParams = z.object({ id: Uuid, userId: Uuid });

export const Member = z.object({
  userId: Uuid,
  displayName: z.string(),
  colour: Colour,
  role: MemberRole,
  joinedAt: z.string(),
});
export type Member = z.infer<typeof Member>;
export const MemberList = z.object({ members: z.array(Member) });

/** POST /api/companies/:id/invitations: the owner invites a resident by username. */
export const InviteBody = z.object({ username: z.string().trim().toLowerCase().min(1).max(40) }).strict();
export const Invitation = z.object({
  id: Uuid,
  companyId: Uuid,
  companyName: z.string(),
  userId: Uuid,
  displayName: z.string(),
  invitedBy: z.string().nullable(),
  status: z.enum(["pending", "accepted", "declined", "cancelled"]),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof Invitation>;
export const InvitationList = z.object({ invitations: z.array(Invitation) });
export const InvitationIdParams = z.object({ id: Uuid });
/** POST /api/invitations/:id/answer */
export const AnswerInvitationBody = z.object({ accept: z.boolean() }).strict();

/** Managers: POST /api/companies/:id/verification and /suspension. */
export const VerificationBody = z.object({ verified: z.boolean() }).strict();
export const SuspensionBody = z.object({
  suspended: z.boolean(),
  reason: cleanText(300, "a reason").optional(),
}).strict();

/** GET /api/companies: a text search on the name and an industry filter, both optional. */
export const CompanyListQuery = z.object({
  q: z.string().trim().max(COMPANY_NAME_MAX, `a search has at most ${COMPANY_NAME_MAX} characters`).optional(),
  industry: Industry.optional(),
});
/** PATCH /api/companies/:id/members/:userId (owners): promote or demote. */
export const UpdateMemberBody = z.object({ role: MemberRole }).strict();
export const CompanyInvitationParams = z.object({ id: Uuid, invId: Uuid });
/** GET /api/me/companies: the companies I belong to, with my role in each. */
export const MyCompany = CompanySummary.extend({ myRole: MemberRole });
export type MyCompany = z.infer<typeof MyCompany>;
export const MyCompanyList = z.object({ companies: z.array(MyCompany) });

// ---- Booths ------------------------------------------------------------------------------------

export const ApplicationStatus = z.enum(["pending", "approved", "rejected", "withdrawn"]);
export const BoothApplication = z.object({
  id: Uuid,
  companyId: Uuid,
  companyName: z.string(),
  parkId: z.string(),
  slotId: z.string(),
  note: z.string(),
  status: ApplicationStatus,
  reason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type BoothApplication = z.infer<typeof BoothApplication>;
export const BoothApplicationList = z.object({ applications: z.array(BoothApplication) });
export const BoothApplicationIdParams = z.object({ id: Uuid });
/** GET /api/booth-applications (managers): the queue, pending ones unless asked otherwise. */
export const BoothApplicationQuery = z.object({ status: ApplicationStatus.default("pending"), parkId: ParkId.optional() });

/** POST /api/companies/:id/booth-applications: a member asks for a free slot. */
export const ApplyForBoothBody = z.object({
  parkId: ParkId,
  slotId: SlotId,
  note: cleanText(500, "a note").default(""),
}).strict();
/** POST /api/booth-applications/:id/decision (managers). */
export const BoothDecisionBody = z.object({
  approve: z.boolean(),
  reason: cleanText(300, "a reason").optional(),
}).strict();

export const BoothSlotParams = z.object({ parkId: ParkId, slotId: SlotId });
export const ParkBoothsParams = z.object({ parkId: ParkId });
/** PUT /api/parks/:parkId/booths/:slotId (managers): put a company on a slot directly. */
export const AssignBoothBody = z.object({ companyId: Uuid }).strict();

/** A slot of a park and who is on it: GET /api/parks/:parkId/booths. */
export const BoothSlotState = z.object({
  slotId: z.string(),
  company: CompanySummary.nullable(),
});
export const ParkBooths = z.object({ parkId: z.string(), booths: z.array(BoothSlotState) });
export type ParkBooths = z.infer<typeof ParkBooths>;

// ---- Cards -------------------------------------------------------------------------------------

export const CARD_NOTE_MAX = 500;
/** POST /api/companies/:id/cards: "leave my card" from a booth. */
export const LeaveCardBody = z.object({
  note: cleanText(CARD_NOTE_MAX, "a note").default(""),
  parkId: ParkId.optional(),
  slotId: SlotId.optional(),
}).strict();
export const CardProfile = z.object({
  displayName: z.string(),
  bio: z.string(),
  skills: z.array(z.string()),
  companies: z.array(z.string()),
});
export const BusinessCard = z.object({
  id: Uuid,
  fromUserId: Uuid.nullable(),
  profile: CardProfile,
  note: z.string(),
  parkId: z.string().nullable(),
  slotId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type BusinessCard = z.infer<typeof BusinessCard>;
export const CardList = z.object({ cards: z.array(BusinessCard), unread: z.number().int().nonnegative() });
export const CardParams = z.object({ id: Uuid, cardId: Uuid });
/** The answer to leaving a card. */
export const CardLeft = z.object({ id: Uuid });
/** GET /api/companies/:id/cards: newest first, a page at a time; `before` is the id of the last card seen. */
export const CardListQuery = z.object({
  before: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

// ---- Visits ------------------------------------------------------------------------------------

export const VisitsQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(30) });
export const BoothVisitDay = z.object({
  parkId: z.string(),
  slotId: z.string(),
  companyId: Uuid.nullable(),
  /** YYYY-MM-DD, in the server's time zone */
  day: z.string(),
  visits: z.number().int().nonnegative(),
  visitors: z.number().int().nonnegative(),
});
export type BoothVisitDay = z.infer<typeof BoothVisitDay>;
export const BoothVisitReport = z.object({ days: z.array(BoothVisitDay), totalVisits: z.number().int(), totalVisitors: z.number().int() });
export type BoothVisitReport = z.infer<typeof BoothVisitReport>;

// ---- Images ------------------------------------------------------------------------------------

export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
export const ImageIdParams = z.object({ id: Uuid });
export const UploadedImage = z.object({ id: Uuid, url: z.string(), contentType: z.enum(IMAGE_TYPES), width: z.number().int(), height: z.number().int() });
export type UploadedImage = z.infer<typeof UploadedImage>;
export const imageUrl = (id: string): string => `/api/images/${id}`;

// ---- Profiles ----------------------------------------------------------------------------------

export const AVATAR_STYLES = ["classic", "suit", "hoodie", "overalls"] as const;
export const AvatarStyle = z.enum(AVATAR_STYLES);
export type AvatarStyle = z.infer<typeof AvatarStyle>;
export const Skill = cleanText(24, "a skill").pipe(z.string().min(1, "a skill cannot be empty"));
export const MAX_SKILLS = 16;

/** PATCH /api/me/profile */
export const UpdateProfileBody = z.object({
  displayName: DisplayName.optional(),
  colour: Colour.optional(),
  avatarStyle: AvatarStyle.optional(),
  bio: cleanText(500, "a bio").optional(),
  skills: z.array(Skill).max(MAX_SKILLS, `at most ${MAX_SKILLS} skills`)
    .refine((s) => new Set(s.map((x) => x.toLowerCase())).size === s.length, "each skill once").optional(),
}).strict().refine((b) => Object.keys(b).length > 0, "nothing to change");
export type UpdateProfileBody = z.infer<typeof UpdateProfileBody>;

export const Profile = z.object({
  id: Uuid,
  displayName: z.string(),
  role: Role,
  colour: Colour,
  avatarStyle: AvatarStyle,
  bio: z.string(),
  skills: z.array(z.string()),
  companies: z.array(z.object({ id: Uuid, name: z.string(), verified: z.boolean(), role: MemberRole })),
  /** Demand hall reputation: certification, stars received, tasks completed, withdrawals from taken tasks. */
  expertLevel: z.enum(["none", "expert", "authority"]).optional(),
  expertFields: z.array(z.string()).optional(),
  rating: Rating.optional(),
  completedTasks: z.number().int().nonnegative().optional(),
  withdrawals: z.number().int().nonnegative().optional(),
});
export type Profile = z.infer<typeof Profile>;
export const UserIdParams = z.object({ id: Uuid });
