import { describe, expect, it } from "vitest";
import { quoteHaproxy } from "./quote-haproxy";
import { escapeRegex } from "./escape-regex";
import { quoteNginx } from "./quote-nginx";

describe("quoteNginx", () => {
  it("leaves plain words alone", () => {
    expect(quoteNginx("/api/orders")).toBe("/api/orders");
  });

  it("quotes braces, which would otherwise open a block", () => {
    expect(quoteNginx("/api/users/{id}")).toBe(`"/api/users/{id}"`);
  });

  it("escapes quotes and backslashes inside the quotes", () => {
    expect(quoteNginx(`a "b" \\ c;`)).toBe(`"a \\"b\\" \\\\ c;"`);
  });

  it("refuses $ and line breaks, which no nginx quoting can neutralise", () => {
    expect(() => quoteNginx("$host")).toThrow();
    expect(() => quoteNginx("a\nb")).toThrow();
  });
});

describe("quoteHaproxy", () => {
  it("leaves plain words alone", () => {
    expect(quoteHaproxy("https://shop.example.com")).toBe("https://shop.example.com");
  });

  it("single-quotes text with spaces, # or $", () => {
    expect(quoteHaproxy("a b #c $d")).toBe("'a b #c $d'");
  });

  it("double-quotes with escapes when the text holds a single quote", () => {
    expect(quoteHaproxy(`it's "$x" #y`)).toBe(`"it's \\"\\$x\\" \\#y"`);
  });

  it("refuses line breaks", () => {
    expect(() => quoteHaproxy("a\rb")).toThrow();
  });
});

describe("escapeRegex", () => {
  it("makes every metacharacter literal", () => {
    const text = "/a.b{c}(d)|e*f+g?h^i$j[k]\\";
    expect(new RegExp(`^${escapeRegex(text)}$`).test(text)).toBe(true);
    expect(new RegExp(`^${escapeRegex("/a.b")}$`).test("/aXb")).toBe(false);
  });
});
