/**
 * The docs are part of the contract: the design format's example loads, and
 * every relative link in the README and docs/ points at a file that exists
 * in this repository (nothing outside it).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDesign } from "../src/core/index";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

describe("docs", () => {
  it("docs/design-format.md's example is a valid design", () => {
    const json = /## An example\n\n```json\n([\s\S]*?)```/.exec(read("docs/design-format.md"))?.[1];
    expect(json).toBeDefined();
    const result = loadDesign(json!);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  const files = ["README.md", ...readdirSync(path.join(root, "docs"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).map((f) => path.join("docs", f))];
  it.each(files)("%s links only to files inside the repository that exist", (file) => {
    const links = [...read(file).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    for (const link of links) {
      const target = path.resolve(root, path.dirname(file), link);
      expect(target.startsWith(root + path.sep), `${file} links outside the repository: ${link}`).toBe(true);
      expect(existsSync(target), `${file} links to a missing file: ${link}`).toBe(true);
    }
  });
});
