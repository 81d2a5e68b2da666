import { describe, expect, it } from "vitest";
import {
  companyDashboardPath, companyPath, companyReportPath, eventLivePath, eventPath, parkPath, parkReportPath, parseRoute, roomInsidePath, roomPath,
} from "./router.ts";

describe("routes", () => {
  it("reads the landing page and park pages from the path", () => {
    expect(parseRoute("/")).toEqual({ name: "landing" });
    expect(parseRoute("/park/home")).toEqual({ name: "park", parkId: "home" });
    expect(parseRoute("/park/changshu-enclave/")).toEqual({ name: "park", parkId: "changshu-enclave" });
    expect(parseRoute(parkPath("home"))).toEqual({ name: "park", parkId: "home" });
  });

  it("does not take anything else for a park", () => {
    expect(parseRoute("/park/")).toEqual({ name: "not-found", path: "/park/" });
    expect(parseRoute("/park/Home")).toEqual({ name: "not-found", path: "/park/Home" });
    expect(parseRoute("/park/a/b")).toEqual({ name: "not-found", path: "/park/a/b" });
  });

  it("reads the company pages, the profile page and the booth queue", () => {
    const id = "5f0c3c1e-7f55-4a4c-9a36-0c9d7b3b2f10";
    expect(parseRoute("/companies")).toEqual({ name: "companies" });
    expect(parseRoute(companyPath(id))).toEqual({ name: "company", companyId: id });
    expect(parseRoute("/companies/not-an-id")).toEqual({ name: "not-found", path: "/companies/not-an-id" });
    expect(parseRoute("/me")).toEqual({ name: "me" });
    expect(parseRoute("/manage/booths")).toEqual({ name: "manage-booths" });
  });

  it("reads the meeting room pages and the booking form", () => {
    const id = "5f0c3c1e-7f55-4a4c-9a36-0c9d7b3b2f10";
    expect(parseRoute("/rooms")).toEqual({ name: "rooms" });
    expect(parseRoute(roomPath(id))).toEqual({ name: "room", roomId: id });
    expect(parseRoute(roomInsidePath(id))).toEqual({ name: "room-inside", roomId: id });
    expect(parseRoute("/rooms/nope/inside")).toEqual({ name: "not-found", path: "/rooms/nope/inside" });
    expect(parseRoute("/meetings")).toEqual({ name: "meetings" });
    expect(parseRoute("/meetings/new")).toEqual({ name: "meeting-new" });
  });

  it("reads the event pages, the live hall and the managers' queue", () => {
    const id = "5f0c3c1e-7f55-4a4c-9a36-0c9d7b3b2f10";
    expect(parseRoute("/events")).toEqual({ name: "events" });
    expect(parseRoute("/events/new")).toEqual({ name: "event-new" });
    expect(parseRoute(eventPath(id))).toEqual({ name: "event", eventId: id });
    expect(parseRoute(`${eventPath(id)}/edit`)).toEqual({ name: "event-edit", eventId: id });
    expect(parseRoute(eventLivePath(id))).toEqual({ name: "event-live", eventId: id });
    expect(parseRoute("/manage/events")).toEqual({ name: "manage-events" });
    expect(parseRoute("/events/nope/live")).toEqual({ name: "not-found", path: "/events/nope/live" });
  });
});

describe("dashboard and report routes", () => {
  it("reads the dashboard, a company's figures and the three kinds of yearly report", () => {
    const id = "5f0c3c1e-7f55-4a4c-9a36-0c9d7b3b2f10";
    expect(parseRoute("/dashboard")).toEqual({ name: "dashboard" });
    expect(parseRoute(companyDashboardPath(id))).toEqual({ name: "company-dashboard", companyId: id });
    expect(parseRoute("/report")).toEqual({ name: "report" });
    expect(parseRoute(companyReportPath(id))).toEqual({ name: "company-report", companyId: id });
    expect(parseRoute(parkReportPath("home"))).toEqual({ name: "park-report", parkId: "home" });
    expect(parseRoute("/companies/nope/report")).toEqual({ name: "not-found", path: "/companies/nope/report" });
  });
});
