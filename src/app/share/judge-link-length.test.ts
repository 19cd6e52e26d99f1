import { describe, expect, it } from "vitest";
import { MAX_FRAGMENT_CHARS, SAFE_LINK_CHARS } from "../../core/share/index";
import { judgeLinkLength } from "./judge-link-length";

describe("a share link's length", () => {
  it("fits up to 2,000 characters", () => {
    expect(judgeLinkLength(SAFE_LINK_CHARS, SAFE_LINK_CHARS - 40)).toBe("fits");
  });

  it("is long one character past 2,000", () => {
    expect(judgeLinkLength(SAFE_LINK_CHARS + 1, SAFE_LINK_CHARS - 39)).toBe("long");
  });

  it("is too large when the fragment passes what a link may carry, whatever the base", () => {
    expect(judgeLinkLength(MAX_FRAGMENT_CHARS + 40, MAX_FRAGMENT_CHARS)).toBe("long");
    expect(judgeLinkLength(MAX_FRAGMENT_CHARS + 41, MAX_FRAGMENT_CHARS + 1)).toBe("too-large");
  });
});
