import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { generateNginx } from "../../core/export/gateways/generate-nginx";
import { EXPORT_TARGETS } from "../../core/export/registry";
import { requireTool } from "../../../test/tools/find-tool";
import { withLoopbackHosts } from "../../../test/tools/loopback-design";
import { checkNginx } from "../../../test/tools/nginx";

const nginx = requireTool("nginx");

const root = path.resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(path.join(tmpdir(), "seams-export-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real command line, as `npm run seams` runs it (tsx), with input on stdin. */
function seams(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/cli/main.ts"), ...args], { cwd: root, input, encoding: "utf8", timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const mallGo = JSON.stringify(mallGoTemplate());

describe("seams export", () => {
  it("lists every target of the registry, grouped under Gateways, Registries and Diagrams", () => {
    const r = seams(["export", "--list"]);
    expect(r.status).toBe(0);
    for (const t of EXPORT_TARGETS) expect(r.stdout).toMatch(new RegExp(`^  ${t.id} `, "m"));
    const section = (heading: string) => r.stdout.split(/\n\n/).find((s) => s.startsWith(heading))!;
    expect(section("Gateways")).toMatch(/^ {2}nginx +A complete nginx.conf/m);
    expect(section("Registries")).toMatch(/^ {2}consul /m);
    expect(section("Diagrams")).toMatch(/^ {2}mermaid /m);
    expect(section("Diagrams")).not.toMatch(/^ {2}nginx /m);
    expect(r.stdout.indexOf("Gateways")).toBeLessThan(r.stdout.indexOf("Registries"));
    expect(r.stdout.indexOf("Registries")).toBeLessThan(r.stdout.indexOf("Diagrams"));
  });

  it("writes a target to stdout with the caveats on stderr, byte for byte what the core generates", () => {
    const r = seams(["export", "nginx", "-"], mallGo);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(generateNginx(mallGoTemplate()).content);
    expect(r.stderr).toContain("seams export: caveat: nginx OSS cannot check a JWT");
  });

  it("writes to a file with -o", () => {
    const out = path.join(dir, "gw.json");
    const r = seams(["export", "gateway-json", "-", "-o", out], mallGo);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ port: 80 });
  });

  it("exits 2 with the loader's messages on a bad design", () => {
    const r = seams(["export", "nginx", "-"], JSON.stringify({ format: "seams-design", version: 1, name: "x", flows: [{ id: "f", from: "a", to: "b", kind: "sync" }] }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("flows[0]");
    expect(r.stdout).toBe("");
  });

  it("exits 2 on an unknown target, naming the known ones", () => {
    const r = seams(["export", "word-97", "-"], mallGo);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown target "word-97"');
    expect(r.stderr).toContain("nginx");
  });

  it("exits 2 when the gateway is ambiguous or unknown, listing the gateway ids", () => {
    const d = mallGoTemplate();
    d.gateways!.push({ id: "admin-gateway", name: "admin" });
    const ambiguous = seams(["export", "haproxy", "-"], JSON.stringify(d));
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain("api-gateway, admin-gateway");
    expect(ambiguous.stderr).toContain("--gateway");
    const unknown = seams(["export", "haproxy", "-", "--gateway", "nope"], JSON.stringify(d));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("api-gateway, admin-gateway");
    const chosen = seams(["export", "haproxy", "-", "--gateway", "admin-gateway"], JSON.stringify(d));
    expect(chosen.status).toBe(0);
    expect(chosen.stdout).toContain("frontend fe_admin-gateway");
  });
});

describe("seams export of the new targets", () => {
  it.each([["envoy", "api-gateway.envoy.yaml"], ["mermaid", "architecture.mmd"], ["caddy", "api-gateway.Caddyfile"]])("writes %s, byte for byte the core's output", (id, fileName) => {
    const target = EXPORT_TARGETS.find((t) => t.id === id)!;
    const r = seams(["export", id, "-"], mallGo);
    expect(r.status).toBe(0);
    const out = target.generate(mallGoTemplate());
    expect(out.fileName).toBe(fileName);
    expect(r.stdout).toBe(out.content);
  });
});

describe("seams export --lang zh-CN", () => {
  it("lists the targets under Chinese headings", () => {
    const r = seams(["export", "--list", "--lang", "zh-CN"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^网关（每个网关一个文件；设计有多个网关时用 --gateway <id>）:$/m);
    expect(r.stdout).toMatch(/^注册中心（整个设计一个文件）:$/m);
  });

  it("writes the caveats into the file as Chinese comments and on stderr in Chinese; nginx -t still accepts it", () => {
    const design = JSON.stringify(withLoopbackHosts(mallGoTemplate()));
    const zh = seams(["export", "nginx", "-", "--lang", "zh-CN"], design);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain("# 注意事项（此目标无法表达的设计内容）：");
    expect(zh.stdout).toMatch(/^# - nginx 开源版自身无法校验 JWT：/m);
    expect(zh.stdout).not.toContain("# Caveats (what this target cannot express");
    expect(zh.stderr).toContain("seams export: 注意：nginx 开源版自身无法校验 JWT");
    const en = seams(["export", "nginx", "-", "--lang", "en"], design);
    // Only the comments differ: the same directives.
    const directives = (s: string) => s.split("\n").filter((l) => !l.startsWith("#"));
    expect(directives(zh.stdout)).toEqual(directives(en.stdout));
    if (nginx.found) {
      const checked = checkNginx(nginx.path, zh.stdout);
      expect(checked.output).toBe("");
      expect(checked.ok).toBe(true);
    } else nginx.assertPresentInCi();
  });

  it("says why a gateway cannot be chosen in Chinese", () => {
    const r = seams(["export", "haproxy", "-", "--gateway", "nope", "--lang", "zh-CN"], mallGo);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('seams export: 这个设计中没有网关 "nope"；它的网关有：api-gateway');
  });
});
