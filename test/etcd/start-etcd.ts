/**
 * A throwaway etcd for tests: 127.0.0.1 only, free client and peer ports of its
 * own, a temp data dir (etcd preallocates 64 MB of WAL there), stopped by its
 * PID and the dir removed. `findEtcd()` says whether the binaries exist, so a
 * test can fail in CI and skip visibly elsewhere.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningEtcd {
  endpoint: string;
  pid: number;
  stop(): Promise<void>;
}

function which(name: string, fallback: string): string | undefined {
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  const found = r.stdout.trim();
  if (r.status === 0 && found) return found;
  return existsSync(fallback) ? fallback : undefined;
}

/** Paths of etcd and etcdctl, or undefined when either is missing. */
export function findEtcd(): { etcd: string; etcdctl: string } | undefined {
  const etcd = which("etcd", "/usr/bin/etcd");
  const etcdctl = which("etcdctl", "/usr/bin/etcdctl");
  return etcd && etcdctl ? { etcd, etcdctl } : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The environment for etcdctl against this server: v3 API, this endpoint, no proxy in between. */
export function etcdctlEnv(endpoint: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ETCDCTL_API: "3", ETCDCTL_ENDPOINTS: endpoint, NO_PROXY: "127.0.0.1,localhost", no_proxy: "127.0.0.1,localhost", ...extra };
}

export async function startEtcd(etcdPath: string): Promise<RunningEtcd> {
  const dataDir = mkdtempSync(join(tmpdir(), "seams-etcd-"));
  const clientPort = await freePort();
  const peerPort = await freePort();
  const client = `http://127.0.0.1:${clientPort}`;
  const peer = `http://127.0.0.1:${peerPort}`;
  const child: ChildProcess = spawn(
    etcdPath,
    [
      "--name", "seams-test",
      "--data-dir", dataDir,
      "--listen-client-urls", client,
      "--advertise-client-urls", client,
      "--listen-peer-urls", peer,
      "--initial-advertise-peer-urls", peer,
      "--initial-cluster", `seams-test=${peer}`,
      "--initial-cluster-state", "new",
    ],
    { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_PROXY: "127.0.0.1", no_proxy: "127.0.0.1" } },
  );
  let log = "";
  child.stderr?.on("data", (d: Buffer) => {
    log = (log + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`etcd exited early: ${log}`);
    }
    try {
      const res = await fetch(`${client}/health`);
      if (res.ok && ((await res.json()) as { health?: string }).health === "true") break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`etcd did not become healthy in 20s: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { endpoint: client, pid: child.pid!, stop };
}
