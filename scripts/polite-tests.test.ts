/**
 * Tests touch nothing of the user's: no script ends a process by name or
 * stops a service, the install forbids services from starting, and a
 * missing system tool fails the run unless SEAMS_SKIP_SYSTEM_DEPS=1 (never in CI).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { maySkipSystemTools, requireTool } from "../test/tools/find-tool";

const root = path.resolve(import.meta.dirname, "..");

describe("polite tests", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("no script, test or config ends processes by name or stops a service", () => {
    const files = spawnSync("git", ["ls-files", "-z", "scripts", "test", "e2e", "bench", ".ci", "src", "*.config.ts", "package.json"], { cwd: root, encoding: "utf8" }).stdout.split("\0").filter((f) => /\.(sh|ts|tsx|js|json)$/.test(f) && f !== "scripts/polite-tests.test.ts");
    expect(files.length).toBeGreaterThan(50);
    // Spelled in parts so this guard does not itself match a grep for kill-by-name commands.
    const byName = ["p" + "kill", "kill" + "all"].join("|");
    const rude = new RegExp(`\\b(${byName})\\b|\\bservice\\s+\\S+\\s+stop\\b|\\bsystemctl\\s+(stop|kill)\\b`);
    expect(files.filter((f) => rude.test(readFileSync(path.join(root, f), "utf8")))).toEqual([]);
  });

  it("installs Debian packages under a policy-rc.d that forbids starting services", () => {
    const script = readFileSync(path.join(root, "scripts/install-test-deps.sh"), "utf8");
    expect(script).toMatch(/policy-rc\.d/);
    expect(script).toMatch(/exit 101/);
    expect(readdirSync(path.join(root, "scripts"))).toContain("install-test-deps.sh");
  });

  it("SEAMS_SKIP_SYSTEM_DEPS=1 makes the install a no-op that says so", () => {
    const r = spawnSync("bash", ["scripts/install-test-deps.sh"], { cwd: root, encoding: "utf8", env: { ...process.env, SEAMS_SKIP_SYSTEM_DEPS: "1" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("not installing system packages");
  });

  it("a missing tool may skip only under SEAMS_SKIP_SYSTEM_DEPS=1 outside CI", () => {
    expect(maySkipSystemTools({})).toBe(false);
    expect(maySkipSystemTools({ SEAMS_SKIP_SYSTEM_DEPS: "1" })).toBe(true);
    expect(maySkipSystemTools({ SEAMS_SKIP_SYSTEM_DEPS: "1", CI: "true" })).toBe(false);
  });

  it("a missing tool fails its presence check unless skipping is allowed, and then says it skipped", () => {
    vi.stubEnv("CI", "");
    vi.stubEnv("SEAMS_SKIP_SYSTEM_DEPS", "");
    expect(() => requireTool("seams-no-such-tool").assertPresentInCi()).toThrow(/seams-no-such-tool is required/);
    vi.stubEnv("SEAMS_SKIP_SYSTEM_DEPS", "1");
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const tool = requireTool("seams-no-such-tool");
    expect(tool.found).toBe(false);
    expect(() => tool.assertPresentInCi()).not.toThrow();
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toContain("[skipped] seams-no-such-tool is not installed and SEAMS_SKIP_SYSTEM_DEPS=1");
  });
});
