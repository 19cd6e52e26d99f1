import { describe, expect, it } from "vitest";
import { describeAge } from "./describe-age";

const now = Date.UTC(2026, 10, 26, 15, 0, 0);

describe("the age of a save", () => {
  it("is 'just now' for the last 45 seconds", () => {
    expect(describeAge(now - 44_000, now)).toBe("just now");
    expect(describeAge(now, now)).toBe("just now");
  });

  it("is counted in minutes within the hour and in hours within the day", () => {
    expect(describeAge(now - 90_000, now)).toBe("2 min ago");
    expect(describeAge(now - 59 * 60_000, now)).toBe("59 min ago");
    expect(describeAge(now - 3 * 3600_000, now)).toBe("3 h ago");
  });

  it("is a date once it is a day old, with the year only when it differs", () => {
    expect(describeAge(now - 3 * 24 * 3600_000, now)).toMatch(/^23 Nov/);
    expect(describeAge(Date.UTC(2025, 0, 2, 12), now)).toMatch(/2025/);
  });

  it("is 'unknown time' for a save without a time, and never negative for a clock that moved back", () => {
    expect(describeAge(0, now)).toBe("unknown time");
    expect(describeAge(now + 60_000, now)).toBe("just now");
  });
});
