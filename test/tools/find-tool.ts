/**
 * Where a real tool the tests drive lives, or undefined. Looks in the places
 * Debian installs to as well as PATH, since /usr/sbin is often not on a
 * non-root PATH.
 */
import { accessSync, constants } from "node:fs";
import path from "node:path";

export function findTool(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(path.delimiter), "/usr/sbin", "/usr/bin", "/sbin", "/usr/local/sbin", "/usr/local/bin"];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * Whether a missing system tool may skip its tests: only when the person
 * running them said so with SEAMS_SKIP_SYSTEM_DEPS=1, and never in CI (a skip
 * there would pass a run that checked nothing).
 */
export function maySkipSystemTools(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SEAMS_SKIP_SYSTEM_DEPS === "1" && !env.CI;
}

/** Says on stderr, once per tool, that its tests were skipped and why. */
export function reportSkipped(what: string, tests: string): void {
  process.stderr.write(`\n[skipped] ${what} is not installed and SEAMS_SKIP_SYSTEM_DEPS=1: ${tests} did not run\n`);
}

/**
 * A missing tool fails the run (scripts/install-test-deps.sh must have put it
 * there) unless SEAMS_SKIP_SYSTEM_DEPS=1 outside CI, when its tests skip with a
 * visible message. Use as `describe.skipIf(!tool.found)` plus
 * `it("...", () => tool.assertPresentInCi())` outside the skipped block.
 */
export function requireTool(name: string, installHint = "bash scripts/install-test-deps.sh"): { path: string; found: boolean; assertPresentInCi(): void } {
  const found = findTool(name);
  const skip = !found && maySkipSystemTools();
  if (skip) reportSkipped(name, `its real-tool tests`);
  return {
    path: found ?? name,
    found: found !== undefined,
    assertPresentInCi() {
      if (!found && !skip) throw new Error(`${name} is required but was not found: run ${installHint}, or set SEAMS_SKIP_SYSTEM_DEPS=1 to skip its tests (never in CI)`);
    },
  };
}
