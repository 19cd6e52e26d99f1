/**
 * Caddy for tests: its HOME and XDG folders in a temp dir (Caddy writes
 * autosave and certificate state there), the config beside them, the admin
 * endpoint switched off so runs never share port 2019.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startProcess, waitForPort, type Running } from "./run-process";

export type CaddyFormat = "json" | "caddyfile";

function workDir(config: string, format: CaddyFormat, adminOff: boolean) {
  const dir = mkdtempSync(path.join(tmpdir(), "seams-caddy-"));
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: path.join(dir, "data"), XDG_CONFIG_HOME: path.join(dir, "config") };
  const file = path.join(dir, format === "json" ? "caddy.json" : "Caddyfile");
  let text = config;
  if (adminOff) text = format === "json" ? JSON.stringify({ admin: { disabled: true }, ...(JSON.parse(config) as object) }) : `{\n\tadmin off\n}\n${config}`;
  writeFileSync(file, text);
  const args = ["--config", file, ...(format === "caddyfile" ? ["--adapter", "caddyfile"] : [])];
  return { dir, env, file, args, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `caddy validate` on a config (the Caddyfile adapted first): ok plus Caddy's own words. */
export function checkCaddy(caddy: string, config: string, format: CaddyFormat): { ok: boolean; output: string } {
  const w = workDir(config, format, false);
  try {
    const r = spawnSync(caddy, ["validate", ...w.args], { encoding: "utf8", timeout: 30_000, env: w.env });
    return { ok: r.status === 0 && /Valid configuration/.test(`${r.stdout}${r.stderr}`), output: `${r.stdout}${r.stderr}` };
  } finally {
    w.remove();
  }
}

/** `caddy adapt`: the Caddyfile as Caddy's JSON. */
export function adaptCaddyfile(caddy: string, config: string): unknown {
  const w = workDir(config, "caddyfile", false);
  try {
    const r = spawnSync(caddy, ["adapt", "--config", w.file], { encoding: "utf8", timeout: 30_000, env: w.env });
    if (r.status !== 0) throw new Error(`caddy adapt failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  } finally {
    w.remove();
  }
}

/** Runs Caddy in the foreground on a config (admin off) until `stop()`, which also removes its folder. */
export async function runCaddy(caddy: string, config: string, format: CaddyFormat, port: number): Promise<Running> {
  const w = workDir(config, format, true);
  const proc = startProcess(caddy, ["run", ...w.args], w.env);
  let exited = false;
  const stop = async () => {
    await proc.stop();
    exited = true;
    w.remove();
  };
  try {
    await waitForPort(port, 10_000);
  } catch (e) {
    await stop();
    throw new Error(`caddy did not start: ${(e as Error).message}\n${proc.output()}`, { cause: e });
  }
  return { ...proc, stop: async () => (exited ? undefined : stop()) };
}
