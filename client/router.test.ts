import { describe, expect, it } from "vitest";
import { parkPath, parseRoute } from "./router.ts";

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
});
