/**
 * Chinese names everywhere in exports: names, descriptions, labels and event
 * names drawn from Chinese text, Chinese punctuation and quotes, line breaks
 * and the characters configs read as structure (# ; { } $). With the caveat
 * comments in Chinese too (`--lang zh-CN`), every export still parses and
 * passes its validator or real tool, configures exactly what it does with
 * plain names, and keeps the Chinese names readable (not escaped) wherever
 * the target has a place for them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { checkCaddy } from "../../test/tools/caddy";
import { checkEnvoyBootstrap } from "../../test/tools/envoy-proto";
import { requireTool } from "../../test/tools/find-tool";
import { checkHaproxy } from "../../test/tools/haproxy";
import { withLoopbackHosts } from "../../test/tools/loopback-design";
import { checkNginx } from "../../test/tools/nginx";
import { apisixValidator, kongValidator, krakendValidator, traefikValidator } from "../../test/tools/shared-schemas";
import { loadDesign } from "../core/load/load-design";
import { EXPORT_TARGETS, exportTargetById } from "../core/export/registry";
import type { Design } from "../core/model/schema";
import { mallGoTemplate } from "../core/templates/mall-go";
import { translateFor } from "./catalog-source";
import { caveatWords } from "./render-caveat";

const nginx = requireTool("nginx");
const haproxy = requireTool("haproxy");
const caddy = requireTool("caddy");

const zhWords = caveatWords(translateFor("zh-CN"));

const WORDS = ["订单服务", "用户", "库存", "支付", "网关", "限界上下文", "消息代理", "数据库", "电商平台", "二期"];
const PIECES = ["，", "。", "、", "；", "：", "「", "」", "『", "』", "《", "》", "（", "）", "！", "？", "“", "”", "‘", "’", '"', "'", "\n", "\r\n", "#", ";", "{", "}", "$", "${x}", "＃", "；", "｛", "｝", "＄", " "];

/** Chinese text with the pieces a config could read as structure mixed in. */
const chinese = (max: number) =>
  fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...PIECES) }), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join("").slice(0, max))
    .filter((s) => s.trim().length > 0);

/** mall-go on loopback with every free-text field Chinese (ids stay as they are: they come from validated identifiers). */
const chineseDesign = fc
  .record({ name: chinese(100), service: chinese(100), text: chinese(200), tag: chinese(100), event: chinese(100), gateway: chinese(100) })
  .map(({ name, service, text, tag, event, gateway }): Design => {
    const d = withLoopbackHosts(mallGoTemplate());
    return {
      ...d,
      name,
      description: text,
      contexts: d.contexts!.map((c) => ({ ...c, name: tag, description: text, team: tag })),
      services: d.services!.map((s) => ({ ...s, name: service, description: text, team: tag, technology: tag })),
      databases: d.databases!.map((x) => ({ ...x, name: service, description: text })),
      brokers: d.brokers!.map((b) => ({ ...b, name: tag, description: text })),
      gateways: d.gateways!.map((g) => ({ ...g, name: gateway, description: text })),
      flows: d.flows!.map((f) => ({ ...f, label: text, ...(f.event ? { event } : {}) })),
    };
  });

const baseline = withLoopbackHosts(mallGoTemplate());
const directives = (text: string) => text.split("\n").filter((l) => !/^\s*#/.test(l)).join("\n");
const withoutComments = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(withoutComments) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== "@comment").map(([k, v]) => [k, withoutComments(v)])) : value;

function parseOutput(content: string, mediaType: string): unknown {
  if (mediaType === "application/json") return JSON.parse(content);
  if (mediaType === "application/yaml") {
    const docs = parseAllDocuments(content);
    for (const doc of docs) expect(doc.errors).toEqual([]);
    return docs.map((doc) => doc.toJS());
  }
  return content;
}

/** The longest run of Chinese characters in a text: what must survive unescaped. */
const hanRun = (s: string) => (s.match(/[\u4e00-\u9fff]+/g) ?? []).sort((a, b) => b.length - a.length)[0] ?? "";

/** Where each target keeps which names today (JSON bodies and the Gateway API manifests have no place for them). */
const KEEPS: Record<string, ("design" | "gateway" | "service")[]> = {
  nginx: ["design", "gateway"], haproxy: ["design", "gateway"], kong: ["design", "gateway"], krakend: ["design", "gateway"], apisix: ["design", "gateway"],
  "apisix-admin": ["design", "gateway"], traefik: ["design", "gateway"], envoy: ["design", "gateway"], caddy: ["design", "gateway"],
  kubernetes: ["service"], backstage: ["design", "service"], mermaid: ["design", "service", "gateway"], "plantuml-c4": ["design", "service", "gateway"],
  structurizr: ["design", "service", "gateway"], likec4: ["design", "service", "gateway"], d2: ["design", "service", "gateway"], drawio: ["design", "service", "gateway"],
};

it("finds nginx, haproxy and caddy (required; skipped with a message only under SEAMS_SKIP_SYSTEM_DEPS=1)", () => {
  nginx.assertPresentInCi();
  haproxy.assertPresentInCi();
  caddy.assertPresentInCi();
});

describe("Chinese names in every export, with Chinese caveat comments", () => {
  it("are accepted by the loader, so the exporters really see them", () => {
    fc.assert(fc.property(chineseDesign, (d) => { const r = loadDesign(d); expect(r.ok ? [] : r.errors).toEqual([]); }), { numRuns: 20 });
  });

  it.each(EXPORT_TARGETS.filter((t) => t.scope === "gateway").map((t) => [t.id, t] as const))("leave every %s directive exactly as with plain names and English", (_id, target) => {
    const plain = target.generate(baseline);
    fc.assert(
      fc.property(chineseDesign, (d) => {
        const out = target.generate(d, { words: zhWords });
        if (plain.mediaType === "text/plain") expect(directives(out.content)).toBe(directives(plain.content));
        else expect(withoutComments(parseOutput(out.content, out.mediaType))).toEqual(withoutComments(parseOutput(plain.content, plain.mediaType)));
      }),
      { numRuns: 15 },
    );
  });

  it("keep every export parseable, valid against its schema, and the names readable where the target has a place for them", () => {
    const validators: Record<string, (content: string) => void> = {
      kong: (c) => expect(kongValidator()(parse(c)).errors).toEqual([]),
      krakend: (c) => expect(krakendValidator()(JSON.parse(c)).errors).toEqual([]),
      traefik: (c) => expect(traefikValidator()(parse(c)).errors).toEqual([]),
      apisix: (c) => expect(apisixValidator()(parse(c.replace(/#END\n$/, ""))).errors).toEqual([]),
      envoy: (c) => expect(checkEnvoyBootstrap(parse(c))).toEqual([]),
    };
    fc.assert(
      fc.property(chineseDesign, (d) => {
        const names = { design: hanRun(d.name), gateway: hanRun(d.gateways![0]!.name), service: hanRun(d.services![0]!.name) };
        for (const target of EXPORT_TARGETS) {
          const out = target.generate(d, { words: zhWords });
          if (out.mediaType.includes("json") || out.mediaType.includes("yaml")) expect(() => parseOutput(out.content, out.mediaType), target.id).not.toThrow();
          validators[target.id]?.(out.content);
          for (const which of KEEPS[target.id] ?? []) if (names[which]) expect(out.content, `${target.id} keeps the ${which} name`).toContain(names[which]);
        }
      }),
      { numRuns: 12 },
    );
  });

  it("write the caveats into the file in Chinese", () => {
    const out = exportTargetById("nginx")!.generate(baseline, { words: zhWords });
    expect(out.content).toContain("# 注意事项（此目标无法表达的设计内容）：");
    expect(out.content).toMatch(/^# - nginx 开源版自身无法校验 JWT/m);
  });

  describe.skipIf(!nginx.found)("with nginx", () => {
    it("still pass nginx -t", () => {
      fc.assert(fc.property(chineseDesign, (d) => { const r = checkNginx(nginx.path, exportTargetById("nginx")!.generate(d, { words: zhWords }).content); expect(r.output).toBe(""); expect(r.ok).toBe(true); }), { numRuns: 8 });
    });
  });

  describe.skipIf(!haproxy.found)("with HAProxy", () => {
    it("still pass haproxy -c without warnings", () => {
      fc.assert(
        fc.property(chineseDesign, (d) => {
          const r = checkHaproxy(haproxy.path, exportTargetById("haproxy")!.generate(d, { words: zhWords }).content, { ...process.env, JWT_SECRET: "x" });
          expect(r.ok, r.output).toBe(true);
          expect(r.warnings).toEqual([]);
        }),
        { numRuns: 8 },
      );
    });
  });

  describe.skipIf(!caddy.found)("with Caddy", () => {
    it("still pass caddy validate, Caddyfile and JSON", { timeout: 120_000 }, () => {
      fc.assert(
        fc.property(chineseDesign, (d) => {
          for (const [id, format] of [["caddy", "caddyfile"], ["caddy-json", "json"]] as const) {
            const r = checkCaddy(caddy.path, exportTargetById(id)!.generate(d, { words: zhWords }).content, format);
            expect(r.ok, r.output).toBe(true);
          }
        }),
        { numRuns: 4 },
      );
    });
  });
});
