import { describe, expect, it } from "vitest";
import { IMAGE_MAX_BYTES } from "../../../shared/protocol/companies.ts";
import { imageFileProblem } from "./imageFile.ts";

describe("a picture picked for upload", () => {
  it("may be a PNG, JPEG, WebP or GIF up to the limit", () => {
    for (const type of ["image/png", "image/jpeg", "image/webp", "image/gif"]) expect(imageFileProblem({ type, size: 1000 })).toBeNull();
    expect(imageFileProblem({ type: "image/png", size: IMAGE_MAX_BYTES })).toBeNull();
  });

  it("is refused with the reason when its type or size is wrong", () => {
    expect(imageFileProblem({ type: "image/svg+xml", size: 1000 })).toBe("type");
    expect(imageFileProblem({ type: "application/pdf", size: 1000 })).toBe("type");
    expect(imageFileProblem({ type: "", size: 1000 })).toBe("type");
    expect(imageFileProblem({ type: "image/png", size: IMAGE_MAX_BYTES + 1 })).toBe("size");
    expect(imageFileProblem({ type: "image/jpeg", size: 0 })).toBe("empty");
  });
});
