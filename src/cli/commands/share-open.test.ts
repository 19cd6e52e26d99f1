import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { DEFAULT_SHARE_BASE } from "../../core/share/index";

const root = path.resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(path.join(tmpdir(), "seams-share-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real command line, as `npm run seams` runs it (tsx). */
function seams(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/cli/main.ts"), ...args], { cwd: root, input, encoding: "utf8", timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("seams share and seams open", () => {
  const file = path.join(dir, "mall-go.json");
  writeFileSync(file, JSON.stringify(mallGoTemplate(), null, 2));

  it("share prints one link on the default base, and open prints the same design back as 2-space JSON", () => {
    const shared = seams(["share", file]);
    expect(shared.stderr).toBe("");
    expect(shared.status).toBe(0);
    const link = shared.stdout.trim();
    expect(link.startsWith(`${DEFAULT_SHARE_BASE}#d=1.`)).toBe(true);
    expect(shared.stdout.split("\n")).toHaveLength(2);

    const opened = seams(["open", link]);
    expect(opened.status).toBe(0);
    expect(opened.stdout).toMatch(/^\{\n {2}"format": "seams-design",\n/);
    expect(JSON.parse(opened.stdout)).toEqual(mallGoTemplate());
  });

  it("share reads standard input and takes --base; open reads a bare fragment from standard input", () => {
    const shared = seams(["share", "-", "--base", "https://tools.example.org/seams/#stale"], JSON.stringify(mallGoTemplate()));
    expect(shared.status).toBe(0);
    expect(shared.stdout.startsWith("https://tools.example.org/seams/#d=1.")).toBe(true);
    const fragment = shared.stdout.trim().split("#")[1]!;
    const opened = seams(["open", "-"], `${fragment}\n`);
    expect(opened.status).toBe(0);
    expect(JSON.parse(opened.stdout)).toEqual(mallGoTemplate());
  });

  it("open exits 2 on a bad link, says why on stderr and prints nothing on stdout", () => {
    const r = seams(["open", "https://seams.example.com/app/#d=1.not*base64"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/cannot open this link:\n {2}link: the link is damaged: character "\*"/);
  });

  it("share exits 2 on a file that is not a valid design, with the loader's message", () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ format: "seams-design", version: 1, name: "x", flows: [{ id: "f", from: "a", to: "b", kind: "sync" }] }));
    const r = seams(["share", bad]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/flows\[0\]\.from: no element "a"/);
  });
});

describe("seams open and expansion bombs", () => {
  it.each(["flows", "services", "layout", "methods"] as const)("refuses a link repeating %s past its limit: exit 2, naming the limit", async (part) => {
    const { expansionBomb, largestCount } = await import("../../core/share/expansion-bombs");
    const opened = seams(["open", "-"], expansionBomb(part, largestCount(part)));
    expect(opened.status).toBe(2);
    expect(opened.stdout).toBe("");
    expect(opened.stderr).toMatch(/^seams open: cannot open this link:\n {2}link: the link holds a list of more than 20,001 items, longer than any list a link may carry/);
  });

  it("refuses 20,001 flows naming the flow limit", async () => {
    const { expansionBomb } = await import("../../core/share/expansion-bombs");
    const opened = seams(["open", "-"], expansionBomb("flows", 20_001));
    expect(opened.status).toBe(2);
    expect(opened.stderr).toContain("link: the link holds more than 20,000 flows, the most a link may carry");
  });
});
