/**
 * The package as a user gets it: `npm pack` (which bundles the command line),
 * then `npm install --omit=dev` of the tarball into an empty project in a temp
 * folder, then the installed `seams` binary: no tsx, no dev dependencies, no
 * checkout beside it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sarifValidator } from "../test/tools/shared-schemas";
import { decodeShareFragment, FINDING_CODES, templateById } from "../src/core/index";
import { generateNginx } from "../src/core/export/gateways/generate-nginx";

const root = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "seams-pack-"));
const project = path.join(dir, "project");
const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;

function run(command: string, args: string[], cwd: string, input?: string) {
  const r = spawnSync(command, args, { cwd, input, encoding: "utf8", timeout: 180_000, env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}
const seams = (args: string[], input?: string) => run(path.join(project, "node_modules", ".bin", "seams"), args, project, input);

beforeAll(() => {
  const packed = run("npm", ["pack", "--pack-destination", dir, "--silent"], root);
  expect(packed.status, packed.stderr).toBe(0);
  const tarball = path.join(dir, packed.stdout.trim().split("\n").pop()!);
  run("mkdir", ["-p", project], dir);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "user-project", version: "1.0.0", private: true }));
  const installed = run("npm", ["install", "--omit=dev", "--prefer-offline", "--no-package-lock", tarball], project);
  expect(installed.status, installed.stderr).toBe(0);
  for (const id of ["mall-go", "circular"]) writeFileSync(path.join(project, `${id}.seams.json`), JSON.stringify(templateById(id)!.create(), null, 2));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the packed package, installed with --omit=dev", () => {
  it("has no dev tools: the binary runs from the bundle", () => {
    expect(existsSync(path.join(project, "node_modules", "tsx"))).toBe(false);
    expect(existsSync(path.join(project, "node_modules", "typescript"))).toBe(false);
    expect(seams(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("speaks zh-CN from the bundle's catalogs: --lang and LANG", () => {
    const zh = seams(["check", "mall-go.seams.json", "--lang", "zh-CN"]);
    expect(zh.stdout).toMatch(/^mall-go：0 个错误，2 个警告/);
    expect(seams(["export", "--help", "--lang", "zh-CN"]).stdout).toMatch(/^用法：seams export /);
  });

  it("seams check reports, fails on errors, and writes SARIF that validates, with each rule's page", () => {
    const text = seams(["check", "mall-go.seams.json"]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^mall-go: 0 errors, 2 warnings/);
    expect(seams(["check", "circular.seams.json"]).status).toBe(1);
    const sarif = seams(["check", "mall-go.seams.json", "circular.seams.json", "--format", "sarif", "--fail-on", "never"]);
    expect(sarif.status).toBe(0);
    const log = JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { id: string; help: { markdown?: string } }[] } }; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarifValidator()(log).errors).toEqual([]);
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...FINDING_CODES]);
    for (const rule of rules) expect(rule.help.markdown, rule.id).toContain("## How to fix it");
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain("circular.seams.json");
  });

  it("seams export writes what the core generates", () => {
    const r = seams(["export", "nginx", "mall-go.seams.json"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(generateNginx(templateById("mall-go")!.create()).content);
    expect(seams(["export", "--list"]).stdout).toMatch(/^Gateways .*\n(?: {2}.*\n)* {2}nginx +A complete nginx.conf/m);
  });

  it("seams share prints a link that opens to the same design", () => {
    const r = seams(["share", "mall-go.seams.json"]);
    expect(r.status).toBe(0);
    const decoded = decodeShareFragment(r.stdout.trim().split("#")[1]!);
    expect(decoded.ok && decoded.design).toEqual(templateById("mall-go")!.create());
  });

  it("has help for itself and for each command", () => {
    const top = seams(["--help"]);
    expect(top.status).toBe(0);
    // Every command the top-level help lists, so one added to COMMANDS is covered too.
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!);
    expect(commands).toEqual(expect.arrayContaining(["check", "export", "share", "open", "validate"]));
    for (const command of commands) {
      const help = seams([command, "--help"]);
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toContain(`usage: seams ${command} `);
      expect(help.stdout, command).toContain("-h, --help");
    }
    expect(seams(["frobnicate"])).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
    expect(seams(["--frobnicate"])).toMatchObject({ status: 2, stderr: expect.stringContaining("unknown option --frobnicate") });
  });

  it("an unknown option is exit 2 with a clear message", () => {
    const r = seams(["check", "mall-go.seams.json", "--strict"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("seams check: unknown option --strict");
  });
});
