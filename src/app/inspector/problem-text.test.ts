import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectionProblem, protocolProblem } from "../../core/load/check-design";
import { ELEMENT_KINDS } from "../../core/model/elements";
import { PROTOCOLS } from "../../core/model/schema";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { translateFor } from "../../i18n/catalog-source";
import { applyEdit } from "./apply-edit";
import { parseNumber, parseOptionalNumber } from "./field-text";
import { fieldSentence, matchProblem, problemText } from "./problem-text";

const en = translateFor("en");
const zh = translateFor("zh-CN");
const LATIN_WORDS = /[A-Za-z]{3,}/g;
/** What may stay Latin in a Chinese refusal: the ids, paths and values quoted from the design or the format. */
const QUOTED = /"[^"]*"|“[^”]*”|\b(http|grpc|event|message|IPv4|https?:\/\/\S+|ms|[a-z]+(-[a-z]+)+|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|jwt|api_key|oauth2|none|round_robin|weighted|least_conn|consistent_hash|sync|async|true|false)\b/g;

/** Every refusal the inspector can meet: the schema's own words, the design checks', and a few edits that break each rule. */
function everyRefusal(): string[] {
  const schema = readFileSync(path.resolve(__dirname, "../../core/model/schema.ts"), "utf8");
  // Template messages get a figure for their placeholder (`must be at most ${max}`).
  const templates = [...schema.matchAll(/`((?:must|at most) [^`]*)`/g)].map((m) => m[1]!.replace(/\$\{max\} \$\{what\}/, "7 origins").replace(/\$\{[^}]+\}/g, "7"));
  const strings = [...schema.replace(/`[^`]*`/g, "").matchAll(/"((?:must|at most|is) [^"]*)"/g)].map((m) => m[1]!);
  const fromSchema = [...templates, ...strings];
  const kinds = ELEMENT_KINDS;
  const connections = kinds.flatMap((a) => kinds.map((b) => connectionProblem(a, b))).filter((m): m is string => m !== undefined);
  const protocols = ["sync", "async"].flatMap((k) => PROTOCOLS.map((p) => protocolProblem(k as "sync", p))).filter((m): m is string => m !== undefined);
  const d = mallGoTemplate();
  const edits: [string, Record<string, unknown>][] = [
    ["order-service", { port: 70000 }],
    ["order-service", { port: 1.5 }],
    ["order-service", { id: "order-db" }],
    ["order-service", { id: "Bad Id" }],
    ["order-service", { name: undefined }],
    ["order-service", { context: "order-service" }],
    ["order-service", { availability: 0 }],
    ["order-service", { healthCheck: { interval: "soon" } }],
    ["order-service", { instances: [{ host: "a b", port: 1 }] }],
    ["api-gateway", { cors: { origins: ["shop"] } }],
    ["gone", { port: 1 }],
  ];
  const flow = d.flows!.find((f) => f.kind === "sync" && d.services!.some((s) => s.id === f.from))!;
  const route = d.flows!.filter((f) => d.gateways!.some((g) => g.id === f.from));
  edits.push([flow.id, { to: "nowhere" }], [flow.id, { to: flow.from }], [flow.id, { protocol: "event" }], [route[0]!.id, { path: route[1]!.path ?? `/${route[1]!.to}` }], [route[0]!.id, { kind: "async" }]);
  const fromEdits = edits.map(([id, patch]) => {
    const r = applyEdit(d, id, patch);
    if (r.ok) throw new Error(`edit ${JSON.stringify(patch)} of ${id} was accepted`);
    return r.error.message;
  });
  const parsed = [parseOptionalNumber("8o"), parseNumber("")].map((p) => (p.ok ? "" : p.message));
  return [...new Set([...fromSchema, ...connections, ...protocols, ...fromEdits, ...parsed, "a flow cannot go from an element to itself", "both ends of a flow must be elements of this design"])];
}

describe("inspector refusals in the reader's language", () => {
  const refusals = everyRefusal();

  it("finds a good number of refusals to check", () => {
    expect(refusals.length).toBeGreaterThan(30);
  });

  it("knows the shape of every refusal the rules can give", () => {
    expect(refusals.filter((m) => !matchProblem(m, en))).toEqual([]);
  });

  it("English reads as the rules wrote it", () => {
    for (const m of refusals) expect(problemText(m, en), m).toBe(m);
  });

  it("zh-CN leaves no English words outside quoted values", () => {
    for (const m of refusals) expect(problemText(m, zh).replace(QUOTED, " ").match(LATIN_WORDS), `${m} -> ${problemText(m, zh)}`).toBeNull();
  });

  it("puts the figures and names of the refusal into the Chinese sentence", () => {
    expect(fieldSentence("端口", "must be at most 65535", zh)).toBe("端口不能大于 65535。");
    expect(problemText('"order-db" is already used by a database', zh)).toBe("“order-db”已被数据库使用");
    expect(problemText("cannot be a database here: a broker only delivers to services, not to a database", zh)).toBe("此处不能是数据库：消息代理只向服务投递，不能投递给数据库");
  });

  it("shows an unknown refusal as it came, and ends an English sentence once", () => {
    expect(problemText("is on fire", zh)).toBe("is on fire");
    expect(fieldSentence("Port", "must be at most 65535", en)).toBe("Port must be at most 65535.");
    expect(fieldSentence("Origin \"x\"", "must be an origin like https://shop.example.com, or *", en)).toBe('Origin "x" must be an origin like https://shop.example.com, or *.');
  });
});
