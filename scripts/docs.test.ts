/**
 * The docs are part of the contract: the design format's example loads, and
 * every relative link in the README and docs/ points at a file that exists
 * in this repository (nothing outside it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
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

  it("docs/design-format.md names every field of the published JSON Schema", () => {
    const doc = read("docs/design-format.md");
    const names = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== "object") return;
      const obj = node as Record<string, unknown>;
      if (obj.properties && typeof obj.properties === "object") for (const key of Object.keys(obj.properties)) names.add(key);
      Object.values(obj).forEach(walk);
    };
    walk(JSON.parse(read("public/schema/design-v1.json")));
    expect(names.size).toBeGreaterThan(50);
    expect([...names].filter((name) => !doc.includes(`\`${name}\``) && !doc.includes(`\`${name},`) && !new RegExp(`[\\s{,]${name}\\??[,: }]`).test(doc))).toEqual([]);
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

  it("no tracked file reads or links a folder beside the repository", () => {
    const listed = spawnSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
    expect(listed.status, "git ls-files").toBe(0);
    const outside = ["..", "shared"].join("/");
    const offenders = listed.stdout.split("\0").filter((f) => f && !/\.(png|jpg|ico|woff2?)$/.test(f) && existsSync(path.join(root, f)) && read(f).includes(outside));
    expect(offenders).toEqual([]);
  });

  it("docs/ci.md's workflow is valid YAML that installs seams and uploads the SARIF of every *.seams.json", () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(read("docs/ci.md"))?.[1];
    const workflow = parse(yaml!) as { jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }> };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    expect(steps.some((s) => s.run?.includes("seams check") && s.run.includes("--format sarif") && s.run.includes("**/*.seams.json"))).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"))?.with?.sarif_file).toBe("seams.sarif");
  });
});
