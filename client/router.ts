import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";

/** The screens the address bar can name. */
export type Route =
  | { name: "landing" }
  | { name: "park"; parkId: string }
  | { name: "companies" }
  | { name: "company"; companyId: string }
  | { name: "me" }
  | { name: "manage-booths" }
  | { name: "tasks" }
  | { name: "task-new" }
  | { name: "task"; taskId: string }
  | { name: "task-edit"; taskId: string }
  | { name: "manage-disputes" }
  | { name: "manage-experts" }
  | { name: "rooms" }
  | { name: "room"; roomId: string }
  | { name: "room-inside"; roomId: string }
  | { name: "meetings" }
  | { name: "meeting-new" }
  | { name: "events" }
  | { name: "event"; eventId: string }
  | { name: "event-new" }
  | { name: "event-edit"; eventId: string }
  | { name: "event-live"; eventId: string }
  | { name: "manage-events" }
  | { name: "dashboard" }
  | { name: "company-dashboard"; companyId: string }
  | { name: "report" }
  | { name: "company-report"; companyId: string }
  | { name: "park-report"; parkId: string }
  | { name: "not-found"; path: string };

const PARK_PATH = /^\/park\/([a-z0-9][a-z0-9-]{0,47})\/?$/;
const TASK_PATH = /^\/tasks\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/edit)?\/?$/;
const ROOM_PATH = /^\/rooms\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/inside)?\/?$/;
const EVENT_PATH = /^\/events\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/edit|\/live)?\/?$/;
const COMPANY_PATH = /^\/companies\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/dashboard|\/report)?\/?$/;
const PARK_REPORT_PATH = /^\/park\/([a-z0-9][a-z0-9-]{0,47})\/report\/?$/;

export function parseRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { name: "landing" };
  const park = PARK_PATH.exec(pathname);
  if (park?.[1]) return { name: "park", parkId: park[1] };
  if (/^\/companies\/?$/.test(pathname)) return { name: "companies" };
  const company = COMPANY_PATH.exec(pathname);
  if (company?.[1]) {
    if (company[2] === "/dashboard") return { name: "company-dashboard", companyId: company[1] };
    if (company[2] === "/report") return { name: "company-report", companyId: company[1] };
    return { name: "company", companyId: company[1] };
  }
  if (/^\/me\/?$/.test(pathname)) return { name: "me" };
  if (/^\/manage\/booths\/?$/.test(pathname)) return { name: "manage-booths" };
  if (/^\/tasks\/?$/.test(pathname)) return { name: "tasks" };
  if (/^\/tasks\/new\/?$/.test(pathname)) return { name: "task-new" };
  const task = TASK_PATH.exec(pathname);
  if (task?.[1]) return task[2] ? { name: "task-edit", taskId: task[1] } : { name: "task", taskId: task[1] };
  if (/^\/manage\/disputes\/?$/.test(pathname)) return { name: "manage-disputes" };
  if (/^\/manage\/experts\/?$/.test(pathname)) return { name: "manage-experts" };
  if (/^\/rooms\/?$/.test(pathname)) return { name: "rooms" };
  const room = ROOM_PATH.exec(pathname);
  if (room?.[1]) return room[2] ? { name: "room-inside", roomId: room[1] } : { name: "room", roomId: room[1] };
  if (/^\/meetings\/?$/.test(pathname)) return { name: "meetings" };
  // The booking form reads what to book from its query (?room=…&task=…&with=…).
  if (/^\/meetings\/new\/?$/.test(pathname)) return { name: "meeting-new" };
  if (/^\/events\/?$/.test(pathname)) return { name: "events" };
  if (/^\/events\/new\/?$/.test(pathname)) return { name: "event-new" };
  const event = EVENT_PATH.exec(pathname);
  if (event?.[1]) {
    if (event[2] === "/edit") return { name: "event-edit", eventId: event[1] };
    if (event[2] === "/live") return { name: "event-live", eventId: event[1] };
    return { name: "event", eventId: event[1] };
  }
  if (/^\/manage\/events\/?$/.test(pathname)) return { name: "manage-events" };
  if (/^\/dashboard\/?$/.test(pathname)) return { name: "dashboard" };
  // Reports read their year from the query (?year=2026); without it, the current year.
  if (/^\/report\/?$/.test(pathname)) return { name: "report" };
  const parkReport = PARK_REPORT_PATH.exec(pathname);
  if (parkReport?.[1]) return { name: "park-report", parkId: parkReport[1] };
  return { name: "not-found", path: pathname };
}

export const parkPath = (parkId: string): string => `/park/${parkId}`;
export const companyPath = (companyId: string): string => `/companies/${companyId}`;
export const roomPath = (roomId: string): string => `/rooms/${roomId}`;
export const roomInsidePath = (roomId: string): string => `/rooms/${roomId}/inside`;
export const eventPath = (eventId: string): string => `/events/${eventId}`;
export const eventLivePath = (eventId: string): string => `/events/${eventId}/live`;
export const companyDashboardPath = (companyId: string): string => `/companies/${companyId}/dashboard`;
export const companyReportPath = (companyId: string): string => `/companies/${companyId}/report`;
export const parkReportPath = (parkId: string): string => `/park/${parkId}/report`;

/** Extra facts a navigation carries that do not belong in the address (a portal's arrival point). */
export interface RouteState {
  spawnId?: string;
  /** A booth slot to walk to once in the park (a company page's "walk there"). */
  booth?: string;
  /** Appear in front of this door: coming back out of its meeting room. */
  door?: string;
}

interface RouterState {
  route: Route;
  state: RouteState;
}

const readState = (raw: unknown): RouteState => {
  const { spawnId, booth, door } = (raw ?? {}) as { spawnId?: unknown; booth?: unknown; door?: unknown };
  return {
    ...(typeof spawnId === "string" ? { spawnId } : {}), ...(typeof booth === "string" ? { booth } : {}), ...(typeof door === "string" ? { door } : {}),
  };
};

export const routerStore = createStore<RouterState>(() => ({
  route: typeof location === "undefined" ? { name: "landing" } : parseRoute(location.pathname),
  state: typeof history === "undefined" ? {} : readState(history.state),
}));

if (typeof window !== "undefined") {
  window.addEventListener("popstate", (e) => {
    routerStore.setState({ route: parseRoute(location.pathname), state: readState(e.state) });
  });
}

export function navigate(path: string, options: { replace?: boolean; state?: RouteState } = {}): void {
  const state = options.state ?? {};
  if (options.replace) history.replaceState(state, "", path);
  else history.pushState(state, "", path);
  // The query (the booking form's ?room=…&task=…) is the page's business, not the route's.
  routerStore.setState({ route: parseRoute(path.split(/[?#]/)[0] ?? path), state });
}

export const useRoute = (): Route => useStore(routerStore, (s) => s.route);
export const useRouteState = (): RouteState => useStore(routerStore, (s) => s.state);
