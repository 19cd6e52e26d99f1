import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { EXPORT_TARGETS } from "../core/export/registry";
import type { Caveat, ExportOutput } from "../core/export/types";
import { ExportError } from "../core/export/types";
import { commentText } from "../core/export/escape/comment-text";
import type { Design } from "../core/model/schema";
import { mallGoTemplate } from "../core/templates/mall-go";
import { translateFor } from "./catalog-source";
import { caveatText, caveatWords } from "./render-caveat";

const en = translateFor("en");
const zh = translateFor("zh-CN");

/** mall-go turned so that most caveats fire: every auth type, balancer, retries with delays, breakers, templated and gRPC routes, odd registrations. */
function variants(): Design[] {
  const out: Design[] = [mallGoTemplate()];
  for (const [auth, lb] of [["jwt", "consistent_hash"], ["api_key", "weighted"], ["oauth2", "least_conn"]] as const) {
    const d = mallGoTemplate();
    const gw = d.gateways![0]!;
    gw.auth = { type: auth, publicPaths: ["/api/auth", "/api"] };
    gw.loadBalancing = lb;
    for (const f of d.flows!.filter((f) => f.from === gw.id)) {
      f.retry = { maxRetries: 3, delay: "200ms", on: [502, 503, 418] };
      f.circuitBreaker = { failureRatio: 0.5, minRequests: 10 };
      f.methods = ["GET", "POST"];
    }
    d.flows!.push({ id: "route-tpl", from: gw.id, to: "order-service", kind: "sync", protocol: "grpc", path: "/api/orders/{id}/items" });
    d.flows!.push({ id: "route-dup", from: gw.id, to: "user-service", kind: "sync", protocol: "http", path: "/api/users" });
    const s = d.services![0]!;
    s.instances = [{ host: "10.0.0.1", port: 9090, weight: 900 }, { host: "10.0.0.1", port: 9090, weight: 1 }];
    s.healthCheck = { path: "/healthz", interval: "1500ms", timeout: "500ms", deregisterAfter: "30s" };
    out.push(d);
  }
  return out;
}

function runAll(words?: ReturnType<typeof caveatWords>): { target: string; output: ExportOutput }[] {
  const all: { target: string; output: ExportOutput }[] = [];
  for (const design of variants())
    for (const target of EXPORT_TARGETS) {
      try {
        all.push({ target: target.id, output: target.generate(design, words ? { words } : {}) });
      } catch (e) {
        if (!(e instanceof ExportError)) throw e;
      }
    }
  return all;
}

describe("export caveats as codes and params", () => {
  const english = runAll();
  const coded: Caveat[] = english.flatMap((r) => r.output.caveats.filter((c) => c.code));

  it("most caveats the exporters raise on these designs have a code", () => {
    expect(new Set(coded.map((c) => c.code)).size).toBeGreaterThan(30);
  });

  it("the English catalog says each coded caveat exactly as the core's message (the files stay byte for byte)", () => {
    for (const c of coded) expect(caveatText(en, c), c.code).toBe(c.message);
  });

  it("zh-CN says each coded caveat in Chinese, every placeholder filled", () => {
    for (const c of coded) {
      const text = caveatText(zh, c);
      expect(text, c.code).toMatch(/[\u4e00-\u9fff]/);
      expect(text, c.code).not.toBe(c.message);
      for (const v of Object.values(c.params ?? {})) if (typeof v === "number" || !["apiKey", "jwt"].includes(v)) expect(text, c.code).toContain(String(v));
    }
  });

  it("English words give the same bytes as no words at all", () => {
    const withWords = runAll(caveatWords(en));
    expect(withWords.map((r) => r.output.content)).toEqual(english.map((r) => r.output.content));
  });

  it("with zh-CN words the file's comments carry the Chinese caveats, and YAML files still parse", () => {
    const chinese = runAll(caveatWords(zh));
    let checked = 0;
    chinese.forEach(({ target, output }, i) => {
      const englishOut = english[i]!.output;
      expect(output.caveats).toEqual(englishOut.caveats);
      if (output.mediaType === "application/yaml") for (const doc of parseAllDocuments(output.content)) expect(doc.errors, target).toEqual([]);
      for (const c of output.caveats.filter((c) => c.code)) {
        // JSON bodies (Nacos' and Eureka's notes) are data and stay English; KrakenD's @comment is a comment.
        if (output.mediaType === "application/json" && target !== "krakend") continue;
        if (!englishOut.content.includes(commentText(c.message, 8000))) continue; // a target that writes no caveats into the file
        expect(output.content, `${target}: ${c.code}`).toContain(commentText(caveatText(zh, c), 8000));
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(50);
    const nginx = chinese.find((r) => r.target === "nginx")!.output.content;
    expect(nginx).toContain("# 注意事项（此目标无法表达的设计内容）：");
  });
});
