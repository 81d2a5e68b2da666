import { describe, expect, it } from "vitest";
import { clockOffset, countdownLeftMs, formatCountdown } from "./stageCountdown.ts";

describe("stage countdown", () => {
  it("formats whole seconds, rounding up so zero is the reveal", () => {
    expect(formatCountdown(10_000)).toBe("0:10");
    expect(formatCountdown(9_001)).toBe("0:10");
    expect(formatCountdown(9_000)).toBe("0:09");
    expect(formatCountdown(60_000)).toBe("1:00");
    expect(formatCountdown(600_000)).toBe("10:00");
    expect(formatCountdown(1)).toBe("0:01");
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(-50)).toBe("0:00");
  });

  it("reads the time left on the server's clock", () => {
    // The server is 2 s ahead of this client.
    const offset = clockOffset(12_000, 10_000);
    expect(offset).toBe(2000);
    expect(countdownLeftMs(20_000, 10_000, offset)).toBe(8000);
    expect(countdownLeftMs(20_000, 19_000, offset)).toBe(0);
    expect(countdownLeftMs(null, 10_000, offset)).toBeNull();
  });
});
