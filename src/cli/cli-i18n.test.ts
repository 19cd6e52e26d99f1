import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { templateById } from "../core/index";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "seams-cli-i18n-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real command line (tsx), in a chosen environment: no locale variable set unless given. */
function seams(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LANG|LC_ALL|LC_MESSAGES)$/.test(k)));
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/cli/main.ts"), ...args], { cwd: root, encoding: "utf8", timeout: 30_000, env: { ...clean, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COMMANDS = readdirSync(path.join(root, "src/cli/commands"))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => f.replace(/\.ts$/, ""));
const HAN = /[\u4e00-\u9fff]/;
/** A line of help text that is English prose: three or more lowercase words in a row. */
const ENGLISH_PROSE = /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/;

describe("every command speaks zh-CN", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(COMMANDS)("seams %s --help --lang zh-CN prints its help in Chinese, with no English prose left", async (name) => {
    const out: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
    const command = (await import(`./commands/${name}.ts`)) as { run(args: string[]): Promise<number> };
    expect(await command.run(["--help", "--lang", "zh-CN"])).toBe(0);
    const help = out.join("");
    expect(help).toMatch(new RegExp(`^用法：seams ${name} `));
    expect(help).toContain("选项：");
    // Every line with words says them in Chinese; option names, values and paths stay as typed.
    for (const line of help.split("\n").filter((l) => /[a-z]{3}/.test(l.replace(/--?[\w-]+|<[^>]*>|\S+\.(?:md|html)\b|\S*[|:/]\S*/g, "")))) {
      expect(line, line).toMatch(HAN);
      expect(line.replace(/--?[\w-]+|<[^>]*>|\S*[|:/.]\S*|\([^)]*\)/g, ""), line).not.toMatch(ENGLISH_PROSE);
    }
    out.length = 0;
    expect(await command.run(["--help", "--lang", "en"])).toBe(0);
    expect(out.join("")).toMatch(new RegExp(`^usage: seams ${name} `));
    expect(out.join("")).not.toMatch(HAN);
  });
});

describe("the language from the environment (spawned)", () => {
  const file = path.join(dir, "circular.json");
  writeFileSync(file, JSON.stringify(templateById("circular")!.create()));

  it("LANG=zh_CN.UTF-8 seams check words the headings, severities and counts in Chinese; --lang en overrides it", () => {
    const zh = seams(["check", file], { LANG: "zh_CN.UTF-8" });
    expect(zh.status).toBe(1);
    expect(zh.stdout).toMatch(/^circular dependency：\d+ 个错误，\d+ 个警告，\d+ 条提示\n/);
    expect(zh.stdout).toMatch(/^错误（\d+）$/m);
    expect(zh.stdout).toMatch(/^ {2}错误 {2}circular-dependency$/m);
    expect(zh.stdout).not.toMatch(/^(Errors|Warnings|Info) \(/m);
    expect(zh.stdout).not.toMatch(/^ {2}(error|warning|info) {2}/m);
    expect(zh.stdout).toMatch(/^ {4}循环：user-service -> order-service -> user-service$/m);
    const en = seams(["check", file, "--lang", "en"], { LANG: "zh_CN.UTF-8" });
    expect(en.stdout).toMatch(/^Errors \(\d+\)$/m);
    expect(en.stdout).toMatch(/^ {2}error {2}circular-dependency$/m);
    expect(en.stdout).toMatch(/^ {4}cycle: user-service -> order-service -> user-service$/m);
  });

  it("seams --help, an unknown command and a bad design speak the environment's language", () => {
    const help = seams(["--help"], { LC_ALL: "zh_CN.UTF-8" });
    expect(help.stdout).toMatch(/^用法：seams <命令> \[选项\]/);
    expect(help.stdout).toMatch(/^ {2}check <file \| ->\.\.\. .* {3}分析设计/m);
    const unknown = seams(["--lang", "zh-CN", "frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^seams: 未知命令 "frobnicate"/);
    const missing = seams(["validate", path.join(dir, "nope.json")], { LANG: "zh_CN.UTF-8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("无法读取");
    expect(missing.stderr).toContain("文件不存在");
    const passed = seams(["--lang", "zh-CN", "validate", file]);
    expect(passed.stdout).toMatch(/有效的设计 "circular dependency"（\d+ 个服务，\d+ 条流）/);
  });
});

describe("a design that does not load, in the reader's language", () => {
  it("names the field and says what is wrong in Chinese under --lang zh-CN, in English without", () => {
    const file = path.join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ format: "seams-design", version: 1, name: "x", services: [{ id: "a", name: "a" }], flows: [{ id: "f", from: "a", to: "nobody", kind: "sync" }] }));
    const zh = seams(["check", "--lang", "zh-CN", file]);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain("flows[0].to");
    expect(zh.stderr).toMatch(/flows\[0\]\.to：.*[\u4e00-\u9fff].*"nobody"/);
    const en = seams(["check", file]);
    expect(en.stderr).toContain('flows[0].to: no element "nobody" in this design');
  });
});

describe("the export targets in the reader's language", () => {
  it("seams export --list --lang zh-CN describes each target in Chinese", () => {
    const zh = seams(["export", "--list", "--lang", "zh-CN"]);
    expect(zh.status).toBe(0);
    const nginx = zh.stdout.split("\n").find((l) => l.trim().startsWith("nginx "))!;
    expect(nginx).toMatch(/[\u4e00-\u9fff]/);
    expect(seams(["export", "--list"]).stdout).toMatch(/^ {2}nginx +[A-Z]/m);
  });
});
