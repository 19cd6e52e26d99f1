import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { templateById } from "../core/index";
import { run } from "./commands/check";

// Spawning costs about a second each, so only three tests go through the real
// process; the option handling is checked in-process.
const dir = mkdtempSync(join(tmpdir(), "seams-check-"));
const file = (id: string) => join(dir, `${id}.json`);
beforeAll(() => {
  for (const id of ["mall-go", "circular"]) writeFileSync(file(id), JSON.stringify(templateById(id)!.create()));
});

function seams(args: string[], input?: string) {
  const r = spawnSync(join("node_modules", ".bin", "tsx"), ["src/cli/main.ts", ...args], { encoding: "utf8", input, cwd: process.cwd() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("seams check (spawned)", () => {
  it("exits 1 on the circular template and prints the issue's JSON shape", () => {
    const r = seams(["check", file("circular"), "--format", "json"]);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["findings", "scores", "advice"]));
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "circular-dependency", severity: "error", elements: ["user-service", "order-service"], flows: ["user-calls-order", "order-calls-user"] }));
    expect(json.scores).toMatchObject({ "user-service": { score: 6.25, verdict: "split-weigh-cost", criteria: { businessComplexity: { value: 7, weight: 0.25, contribution: 1.75 } } } });
    expect(json.advice).toBeNull();
  });

  it("exits 0 on mall-go with a readable report: counts, findings by severity, score arithmetic, advice", () => {
    const r = seams(["check", file("mall-go")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^mall-go: 0 errors, 2 warnings, 1 info\n/);
    expect(r.stdout).toContain("Warnings (2)");
    expect(r.stdout).toContain("1.75 (7 x 0.25) + 1.60 (8 x 0.20)");
    expect(r.stdout).toMatch(/Project advice\n {2}microservices/);
  });

  it("exits 2 on an invalid design from standard input, with the loader's message and no stack trace", () => {
    const r = seams(["check", "-"], JSON.stringify({ format: "seams-design", version: 1, name: "x", flows: [{ id: "f", from: "a", to: "b", kind: "sync" }] }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('flows[0].from: no element "a" in this design');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });
});

describe("seams check (in process)", () => {
  afterEach(() => vi.restoreAllMocks());
  const quiet = () => vi.spyOn(process.stderr, "write").mockImplementation(() => true);

  it("exits 2 on a bad command line", async () => {
    const stderr = quiet();
    expect(await run([])).toBe(2);
    expect(await run([file("mall-go"), "--format", "yaml"])).toBe(2);
    expect(await run([file("mall-go"), "--verbose"])).toBe(2);
    expect(await run([file("mall-go"), file("circular"), "--format", "json"])).toBe(2);
    expect(await run([file("mall-go"), "--fail-on", "info"])).toBe(2);
    expect(await run([file("mall-go"), "--format"])).toBe(2);
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toContain("usage: seams check");
  });

  const stdout = () => vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const written = (spy: ReturnType<typeof stdout>) => spy.mock.calls.map((c) => String(c[0])).join("");

  it("fails on what --fail-on names: errors by default, warnings when asked, never when told", async () => {
    stdout();
    // mall-go has warnings and no errors; circular has an error.
    expect(await run([file("mall-go")])).toBe(0);
    expect(await run([file("mall-go"), "--fail-on", "warning"])).toBe(1);
    expect(await run([file("circular"), "--fail-on", "never"])).toBe(0);
    expect(await run([file("circular"), "--fail-on", "error"])).toBe(1);
  });

  it("reports several designs in one run and fails when any of them fails", async () => {
    const out = stdout();
    expect(await run([file("mall-go"), file("circular")])).toBe(1);
    expect(written(out)).toMatch(/^mall-go: 0 errors/m);
    expect(written(out)).toMatch(/^circular dependency: 1 error/m);
  });

  it("with --format sarif, a design that does not load still gives a SARIF log saying why, and exit 2", async () => {
    quiet();
    const out = stdout();
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ format: "seams-design", version: 1, name: "x", flows: [{ id: "f", from: "a", to: "b", kind: "sync" }] }));
    expect(await run([file("mall-go"), broken, "--format", "sarif"])).toBe(2);
    const log = JSON.parse(written(out)) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[]; results: unknown[] }[] };
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toContain('flows[0].from: no element "a" in this design');
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it("prints its help with every option and exits 0", async () => {
    const out = stdout();
    expect(await run(["--help"])).toBe(0);
    for (const option of ["--format text|json|sarif", "--fail-on error|warning|never", "--base <url>", "-h, --help"]) expect(written(out)).toContain(option);
  });

  it("exits 2 when the file does not exist", async () => {
    quiet();
    expect(await run([join(dir, "missing.json")])).toBe(2);
  });

  const output = async (args: string[]) => {
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    stdout.mockClear();
    const code = await run(args);
    return { code, text: stdout.mock.calls.map((c) => String(c[0])).join("") };
  };

  it("--summary prints the counts by severity and by code, nothing per finding", async () => {
    const { code, text } = await output([file("circular"), "--summary"]);
    expect(code).toBe(1);
    expect(text).toMatch(/^circular\S*.*: 1 error, \d+ warnings?, \d+ info\n/);
    expect(text).toMatch(/\n +1 {2}error {4}circular-dependency\n/);
    expect(text).not.toContain("elements:");
    expect(text).not.toContain("Split scores");
  });

  it("--summary --format json has the counts and codes only; per-service evidence only with --evidence", async () => {
    const summary = JSON.parse((await output([file("circular"), "--summary", "--format", "json"])).text) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(["summary", "codes", "advice"]);
    expect(summary.codes).toMatchObject({ "circular-dependency": { error: 1, warning: 0, info: 0 } });
    const plain = JSON.parse((await output([file("circular"), "--format", "json"])).text) as Record<string, unknown>;
    expect(plain).not.toHaveProperty("evidence");
    const full = JSON.parse((await output([file("circular"), "--format", "json", "--evidence"])).text) as { evidence: Record<string, unknown> };
    expect(full.evidence["user-service"]).toMatchObject({ callsOut: 1 });
  });

  it("exits 2 on --evidence without JSON or with --summary", async () => {
    const stderr = quiet();
    expect(await run([file("circular"), "--evidence"])).toBe(2);
    expect(await run([file("circular"), "--format", "json", "--summary", "--evidence"])).toBe(2);
    expect(await run([file("circular"), "--summary=yes"])).toBe(2);
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toContain("--evidence goes with --format json");
  });
});
