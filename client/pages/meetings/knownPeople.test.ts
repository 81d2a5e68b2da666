import { describe, expect, it } from "vitest";
import { filterPeople, mergeKnownPeople } from "./knownPeople.ts";

const p = (id: string, displayName: string) => ({ id, displayName, colour: "#123456" });

describe("people the booker knows", () => {
  it("names each person once, under the first source, and never the booker", () => {
    const people = mergeKnownPeople("me", [
      { via: "link", people: [p("a", "Ann")] },
      { via: "task", people: [p("me", "Me"), p("a", "Ann again"), p("b", "林晓")] },
      { via: "company", people: [p("b", "林晓"), p("c", "Chen")] },
    ]);
    expect(people.map((x) => [x.id, x.via])).toEqual([["a", "link"], ["b", "task"], ["c", "company"]]);
    expect(people[0]!.displayName).toBe("Ann");
  });

  it("finds people by part of their name", () => {
    const people = [p("a", "Ann Carter"), p("b", "林晓"), p("c", "Chen")];
    expect(filterPeople(people, " car").map((x) => x.id)).toEqual(["a"]);
    expect(filterPeople(people, "晓").map((x) => x.id)).toEqual(["b"]);
    expect(filterPeople(people, "")).toHaveLength(3);
  });
});
