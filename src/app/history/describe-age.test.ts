import { describe, expect, it } from "vitest";
import { translateFor } from "../../i18n/catalog-source";
import { describeAge, describeClock } from "./describe-age";

const now = Date.UTC(2026, 10, 26, 15, 0, 0);
const en = translateFor("en");
const zh = translateFor("zh-CN");
const age = (savedAt: number) => describeAge(savedAt, now, en, "en");

describe("the age of a save", () => {
  it("is 'just now' for the last 45 seconds", () => {
    expect(age(now - 44_000)).toBe("just now");
    expect(age(now)).toBe("just now");
  });

  it("is counted in minutes within the hour and in hours within the day", () => {
    expect(age(now - 90_000)).toBe("2 min ago");
    expect(age(now - 59 * 60_000)).toBe("59 min ago");
    expect(age(now - 3 * 3600_000)).toBe("3 h ago");
  });

  it("is a date once it is a day old, with the year only when it differs", () => {
    expect(age(now - 3 * 24 * 3600_000)).toMatch(/^23 Nov/);
    expect(age(Date.UTC(2025, 0, 2, 12))).toMatch(/2025/);
  });

  it("is 'unknown time' for a save without a time, and never negative for a clock that moved back", () => {
    expect(age(0)).toBe("unknown time");
    expect(age(now + 60_000)).toBe("just now");
  });

  it("speaks Chinese in zh-CN, dates included", () => {
    expect(describeAge(now, now, zh, "zh-CN")).toBe("刚刚");
    expect(describeAge(now - 90_000, now, zh, "zh-CN")).toBe("2 分钟前");
    expect(describeAge(now - 3 * 3600_000, now, zh, "zh-CN")).toBe("3 小时前");
    expect(describeAge(now - 3 * 24 * 3600_000, now, zh, "zh-CN")).toMatch(/11月23日/);
    expect(describeClock(Date.UTC(2026, 0, 1, 9, 5, 7), "zh-CN")).toMatch(/^\d{2}:05:07$/);
  });
});
