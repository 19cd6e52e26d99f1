/**
 * A stand-in etcdctl that records its arguments (NUL-separated, one record per
 * call) and answers `lease grant` like the real one: what a script would ask
 * etcd to do, checked without a server, in a few milliseconds per run.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface FakeEtcdctl {
  /** Runs the script with sh, this etcdctl first on PATH and a minimal environment. */
  run(script: string, env?: Record<string, string>): { status: number | null; calls: string[][]; stdout: string; stderr: string };
  /** A scratch directory of its own, e.g. for a file that must never appear. */
  dir: string;
  remove(): void;
}

export function createFakeEtcdctl(): FakeEtcdctl {
  const dir = mkdtempSync(join(tmpdir(), "seams-fake-etcdctl-"));
  const bin = join(dir, "bin");
  const log = join(dir, "calls");
  mkdirSync(bin);
  writeFileSync(
    join(bin, "etcdctl"),
    `#!/bin/sh\nprintf 'CALL\\0' >> "$FAKE_LOG"\nprintf '%s\\0' "$@" >> "$FAKE_LOG"\nif [ "$1" = lease ]; then echo "lease 694d77aa9e38260f granted with TTL($3s)"; fi\n`,
  );
  chmodSync(join(bin, "etcdctl"), 0o755);
  return {
    dir,
    run(script, env = {}) {
      rmSync(log, { force: true });
      const file = join(dir, "register.sh");
      writeFileSync(file, script);
      const r = spawnSync("sh", [file], { encoding: "utf8", cwd: dir, env: { PATH: `${bin}:/usr/bin:/bin`, FAKE_LOG: log, ...env } });
      const raw = existsSync(log) ? readFileSync(log, "utf8") : "";
      const calls = raw.split("CALL\0").slice(1).map((c) => c.split("\0").slice(0, -1));
      return { status: r.status, calls, stdout: r.stdout, stderr: r.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
