/**
 * The mall-go guide's own GatewayConfig structs (seed-gateway/main.go), built once
 * with the Go toolchain, as a strict decoder for gateway-json exports.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), "seed-gateway", "main.go");

export interface SeedDecoder {
  /** Decodes strictly into the mall-go guide's structs and re-encodes with Go's encoder. */
  roundTrip(json: string): { ok: boolean; stdout: string; stderr: string };
  remove(): void;
}

export function buildSeedDecoder(go: string): SeedDecoder {
  const dir = mkdtempSync(path.join(tmpdir(), "seams-seed-go-"));
  // HOME may be unset in CI; Go needs somewhere for its build cache.
  const env = { ...process.env, GOCACHE: path.join(dir, "cache"), GOPATH: path.join(dir, "gopath"), GO111MODULE: "off", CGO_ENABLED: "0" };
  const binary = path.join(dir, "seed-gateway");
  const built = spawnSync(go, ["build", "-o", binary, source], { env, encoding: "utf8", timeout: 120_000 });
  if (built.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`go build failed: ${built.stderr}`);
  }
  return {
    roundTrip(json) {
      const r = spawnSync(binary, [], { input: json, encoding: "utf8", timeout: 10_000 });
      return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
