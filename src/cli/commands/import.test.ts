import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadDesign } from "../../core/index";
import { run } from "./import";

const fixtures = join("src", "core", "import", "fixtures");
const dir = mkdtempSync(join(tmpdir(), "seams-import-"));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => (err.push(String(s)), true));
  return { out: () => out.join(""), err: () => err.join("") };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("seams import", () => {
  it("writes a valid design to stdout and the notes to stderr, the kind detected", async () => {
    const io = capture();
    expect(await run([join(fixtures, "online-boutique.yaml")])).toBe(0);
    const loaded = loadDesign(io.out());
    expect(loaded.ok && loaded.design.services?.length).toBe(11);
    expect(io.err()).toContain("(k8s)");
    expect(io.err()).toContain("inferred flow checkoutservice → paymentservice: env PAYMENT_SERVICE_ADDR=paymentservice:50051");
    expect(io.err()).toContain("consider leaving out loadgenerator");
  });

  it("writes to -o, several files into one design, with --kind", async () => {
    const out = join(dir, "design.json");
    const api = join(dir, "vote.openapi.yaml");
    writeFileSync(api, "openapi: 3.0.0\ninfo: { title: vote }\npaths: { /: { get: {}, post: {} } }\n");
    capture();
    expect(await run([join(fixtures, "voting-app.compose.yaml"), api, "-o", out, "-q"])).toBe(0);
    const loaded = loadDesign(readFileSync(out, "utf8"));
    expect(loaded.ok && loaded.design.services?.find((s) => s.id === "vote")?.endpoints).toEqual([
      { method: "GET", path: "/" },
      { method: "POST", path: "/" },
    ]);
    const io = capture();
    expect(await run(["--kind", "compose", join(fixtures, "online-boutique.yaml")])).toBe(2);
    expect(io.err()).toMatch(/found no services/);
  });

  it("reads a folder of manifests, its subfolders too", async () => {
    const tree = join(dir, "k8s");
    mkdirSync(join(tree, "db"), { recursive: true });
    writeFileSync(join(tree, "app.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app }\nspec: { template: { spec: { containers: [{ name: a, image: acme/app, env: [{ name: DB_HOST, value: app-db }] }] } } }\n");
    writeFileSync(join(tree, "db", "postgres.yml"), "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: app-db }\nspec: { template: { spec: { containers: [{ name: p, image: postgres:16 }] } } }\n");
    writeFileSync(join(tree, "README.md"), "# not a manifest\n");
    const io = capture();
    expect(await run([tree])).toBe(0);
    const loaded = loadDesign(io.out());
    expect(loaded.ok && loaded.design.flows?.map((f) => `${f.from} -> ${f.to}`)).toEqual(["app -> app-db"]);
  });

  it("exits 2 with a clear message on what it cannot read", async () => {
    mkdirSync(join(dir, "empty"), { recursive: true });
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "services: [\n");
    for (const [args, message] of [
      [[bad], /bad\.yaml: not valid YAML/],
      [[join(dir, "missing.yaml")], /cannot read .*missing\.yaml: no such file/],
      [[join(dir, "empty")], /a folder without \.yaml/],
      [[], /expected at least 1 argument/],
      [["--kind", "helm", bad], /--kind must be one of k8s, compose, backstage, openapi, asyncapi, not "helm"/],
      [["--nope", bad], /unknown option --nope/],
    ] as const) {
      const io = capture();
      expect(await run([...args])).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.out()).toBe("");
      vi.restoreAllMocks();
    }
  });

  it("runs as a real command", () => {
    const r = spawnSync(join("node_modules", ".bin", "tsx"), ["src/cli/main.ts", "import", join(fixtures, "voting-app.compose.yaml")], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: "seams-design", name: "voting-app" });
  });
});
