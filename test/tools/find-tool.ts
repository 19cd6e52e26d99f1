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
 * A missing tool fails the run in CI (the install script must have put it
 * there) and skips locally with a visible message. Use as
 * `describe.skipIf(!tool.found)` plus `it("...", () => tool.assertPresentInCi())`.
 */
export function requireTool(name: string, installHint = "bash scripts/install-test-deps.sh"): { path: string; found: boolean; assertPresentInCi(): void } {
  const found = findTool(name);
  if (!found && !process.env.CI) {
    process.stderr.write(`\n[skip] ${name} is not installed: its real-tool tests are skipped here (in CI they fail). Install with: ${installHint}\n`);
  }
  return {
    path: found ?? name,
    found: found !== undefined,
    assertPresentInCi() {
      if (!found && process.env.CI) throw new Error(`${name} is required in CI but was not found (run ${installHint})`);
    },
  };
}
