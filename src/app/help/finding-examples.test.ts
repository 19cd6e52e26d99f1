import { describe, expect, it } from "vitest";
import { findingHelp } from "./finding-examples";
import { FINDING_CODES } from "../../core/analysis/types";
import { FINDING_TEXT } from "../../core/analysis/finding-messages";

describe("findingHelp", () => {
  it("explains every finding code with the core's own title and a full example", () => {
    const help = findingHelp();
    expect(help.map((h) => h.code)).toEqual([...FINDING_CODES]);
    for (const h of help) {
      expect(h.title).toBe(FINDING_TEXT[h.code].title);
      expect(h.example.length).toBeGreaterThan(20);
      expect(h.example).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});
