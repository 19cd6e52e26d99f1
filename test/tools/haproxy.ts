/** HAProxy for tests: the exported haproxy.cfg in a temp folder, checked or run in the foreground. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startProcess, waitForPort, type Running } from "./run-process";

function writeConfig(config: string): { file: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "seams-haproxy-"));
  const file = path.join(dir, "haproxy.cfg");
  writeFileSync(file, config);
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `haproxy -c` on a config: ok, HAProxy's words, and its warnings (one per line). */
export function checkHaproxy(haproxy: string, config: string, env: NodeJS.ProcessEnv = process.env): { ok: boolean; output: string; warnings: string[] } {
  const cfg = writeConfig(config);
  try {
    const r = spawnSync(haproxy, ["-c", "-f", cfg.file], { encoding: "utf8", timeout: 10_000, env });
    const output = `${r.stdout}${r.stderr}`;
    return { ok: r.status === 0, output, warnings: output.split("\n").filter((l) => l.includes("[WARNING]")) };
  } finally {
    cfg.remove();
  }
}

/** Runs HAProxy in the foreground (-db) until `stop()`, which also removes its folder. */
export async function runHaproxy(haproxy: string, config: string, port: number, env: NodeJS.ProcessEnv = process.env): Promise<Running> {
  const cfg = writeConfig(config);
  const proc = startProcess(haproxy, ["-db", "-f", cfg.file], env);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await proc.stop();
    cfg.remove();
  };
  try {
    await waitForPort(port, 5000);
  } catch (e) {
    await stop();
    throw new Error(`HAProxy did not start: ${(e as Error).message}\n${proc.output()}`, { cause: e });
  }
  return { ...proc, stop };
}
