/**
 * nginx for tests: a prefix directory in a temp folder holding the exported
 * nginx.conf plus the logs/ and temp/ folders it writes to.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startProcess, waitForPort, type Running } from "./run-process";

export interface NginxPrefix {
  dir: string;
  remove(): void;
}

export function nginxPrefix(config: string): NginxPrefix {
  const dir = mkdtempSync(path.join(tmpdir(), "seams-nginx-"));
  mkdirSync(path.join(dir, "conf"));
  mkdirSync(path.join(dir, "logs"));
  mkdirSync(path.join(dir, "temp"));
  writeFileSync(path.join(dir, "conf", "nginx.conf"), config);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const args = (dir: string) => ["-p", `${dir}/`, "-c", "conf/nginx.conf", "-e", "logs/error.log"];

/** `nginx -t` on a config: ok plus nginx's own words. */
export function checkNginx(nginx: string, config: string): { ok: boolean; output: string } {
  const prefix = nginxPrefix(config);
  try {
    const r = spawnSync(nginx, ["-t", "-q", ...args(prefix.dir)], { encoding: "utf8", timeout: 10_000 });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  } finally {
    prefix.remove();
  }
}

/** Runs nginx in the foreground on a config until `stop()`, which also removes its folder. */
export async function runNginx(nginx: string, config: string, port: number): Promise<Running & { dir: string }> {
  const prefix = nginxPrefix(config);
  const proc = startProcess(nginx, [...args(prefix.dir), "-g", "daemon off;"]);
  let exited = false;
  const stop = async () => {
    await proc.stop();
    exited = true;
    prefix.remove();
  };
  try {
    await waitForPort(port, 5000);
  } catch (e) {
    await stop();
    throw new Error(`nginx did not start: ${(e as Error).message}\n${proc.output()}`, { cause: e });
  }
  return { ...proc, dir: prefix.dir, stop: async () => (exited ? undefined : stop()) };
}
