import { describe, expect, it } from "vitest";
import { parseRoute } from "../../router.ts";

const id = "0b5c7d7e-1f2a-4b3c-8d4e-5f6a7b8c9d0e";

describe("demand hall addresses", () => {
  it("names the list, the form, a task, its edit page and the managers' queues", () => {
    expect(parseRoute("/tasks")).toEqual({ name: "tasks" });
    expect(parseRoute("/tasks/new")).toEqual({ name: "task-new" });
    expect(parseRoute(`/tasks/${id}`)).toEqual({ name: "task", taskId: id });
    expect(parseRoute(`/tasks/${id}/edit`)).toEqual({ name: "task-edit", taskId: id });
    expect(parseRoute("/manage/disputes")).toEqual({ name: "manage-disputes" });
    expect(parseRoute("/manage/experts")).toEqual({ name: "manage-experts" });
  });
  it("does not take a malformed task id", () => {
    expect(parseRoute("/tasks/123").name).toBe("not-found");
  });
});
