/**
 * Names, labels, descriptions, tags and event names are free text: the
 * property here is that no choice of them changes what a gateway config
 * does. Every export still parses, and with its comments set aside it is
 * exactly the export of the same design with plain names; nginx and HAProxy
 * still pass their own checks.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { requireTool } from "../../../../test/tools/find-tool";
import { checkHaproxy } from "../../../../test/tools/haproxy";
import { withLoopbackHosts } from "../../../../test/tools/loopback-design";
import { checkNginx } from "../../../../test/tools/nginx";
import { loadDesign } from "../../load/load-design";
import type { Design } from "../../model/schema";
import { mallGoTemplate } from "../../templates/mall-go";
import { EXPORT_TARGETS } from "../registry";
import { generateHaproxy } from "./generate-haproxy";
import { generateNginx } from "./generate-nginx";
import { GATEWAY_TARGETS } from "./index";

const nginx = requireTool("nginx");
const haproxy = requireTool("haproxy");

const PIECES = [
  "\n", "\r\n", "\r", "\u2028", "\u0085", "\u0000", ";", "{", "}", "#", '"', "'", "`", "\\", "$host", "${JWT_SECRET}", "%[var(txn.loc)]",
  "no", "yes", "on", "off", "null", "~", "*x", "&x", "!!str", "1e3", "0o17", ": ", "- ", "? ", "|", ">", "@", "--", " ",
  "}\n    server { listen 81; }\n#", "\n        location /evil { return 200; }\n", "\nbackend be_evil\n    server x 127.0.0.1:1\n",
  "\n_format_version: \"1.0\"\n", "\"}, {\"endpoint\": \"/evil\"", "'; rm -rf / #", "*/", "<!--", "日本語", "😀",
];

/** Free text built from the pieces a config parser might take as structure. */
const hostile = (max: number) =>
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join("").slice(0, max))
    .filter((s) => s.length > 0);

/** mall-go on loopback with every free-text field replaced. */
const hostileDesign = fc
  .record({ name: hostile(100), text: hostile(200), tag: hostile(100), event: hostile(100), version: hostile(50) })
  .map(({ name, text, tag, event, version }): Design => {
    const d = withLoopbackHosts(mallGoTemplate());
    return {
      ...d,
      name,
      description: text,
      contexts: d.contexts!.map((c) => ({ ...c, name, description: text, team: tag })),
      services: d.services!.map((s) => ({ ...s, name, description: text, team: tag, technology: tag, tags: [tag, "no", "*x"], version })),
      databases: d.databases!.map((x) => ({ ...x, name, description: text, tables: [tag] })),
      brokers: d.brokers!.map((b) => ({ ...b, name, description: text })),
      gateways: d.gateways!.map((g) => ({ ...g, name, description: text })),
      flows: d.flows!.map((f) => ({ ...f, label: text, ...(f.event ? { event } : {}) })),
    };
  });

const baseline = withLoopbackHosts(mallGoTemplate());
/** The lines that configure something: comment lines dropped, trailing comments kept (they hold ids only). */
const directives = (text: string) => text.split("\n").filter((l) => !/^\s*#/.test(l)).join("\n");
/** JSON/YAML structure with KrakenD's @comment fields, which hold the names, set aside. */
const withoutComments = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(withoutComments) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== "@comment").map(([k, v]) => [k, withoutComments(v)])) : value;

function parseOutput(content: string, mediaType: string): unknown {
  if (mediaType === "application/json") return JSON.parse(content);
  if (mediaType === "application/yaml") {
    const docs = parseAllDocuments(content);
    const list = Array.isArray(docs) ? docs : [docs];
    for (const doc of list) expect(doc.errors).toEqual([]);
    return list.map((doc) => doc.toJS());
  }
  return content;
}

// Outside the skipIf blocks on purpose: a missing nginx must fail the run, not skip it.
it("finds nginx (required; skipped with a message only under SEAMS_SKIP_SYSTEM_DEPS=1)", () => nginx.assertPresentInCi());

// Outside the skipIf blocks on purpose: a missing haproxy must fail the run, not skip it.
it("finds haproxy (required; skipped with a message only under SEAMS_SKIP_SYSTEM_DEPS=1)", () => haproxy.assertPresentInCi());

describe("hostile names, labels, tags and event names", () => {
  it("are accepted by the loader, so the exporters really see them", () => {
    fc.assert(fc.property(hostileDesign, (d) => { const r = loadDesign(d); expect(r.ok ? [] : r.errors).toEqual([]); }), { numRuns: 30 });
  });

  it.each(GATEWAY_TARGETS.map((t) => [t.id, t] as const))("leave every %s directive exactly as with plain names", (_id, target) => {
    const plain = target.generate(baseline);
    fc.assert(
      fc.property(hostileDesign, (d) => {
        const out = target.generate(d);
        if (plain.mediaType === "text/plain") {
          expect(directives(out.content)).toBe(directives(plain.content));
        } else {
          expect(withoutComments(parseOutput(out.content, out.mediaType))).toEqual(withoutComments(parseOutput(plain.content, plain.mediaType)));
        }
        if (target.id === "kong") expect(parse(out.content)).toHaveProperty("_format_version", "3.0");
      }),
      { numRuns: 40 },
    );
  });

  it("leave every JSON and YAML export in the registry parseable", () => {
    const targets = EXPORT_TARGETS.filter((t) => t.scope !== "gateway");
    fc.assert(
      fc.property(hostileDesign, (d) => {
        for (const t of targets) {
          const out = t.generate(d);
          if (out.mediaType.includes("json") || out.mediaType.includes("yaml")) expect(() => parseOutput(out.content, out.mediaType), t.id).not.toThrow();
        }
      }),
      { numRuns: 30 },
    );
  });

  describe.skipIf(!nginx.found)("with nginx", () => {
      it("still pass nginx -t with the same location and upstream blocks", () => {
      const count = (s: string, re: RegExp) => directives(s).match(re)?.length ?? 0;
      const plain = generateNginx(baseline).content;
      fc.assert(
        fc.property(hostileDesign, (d) => {
          const out = generateNginx(d).content;
          expect(count(out, /^\s*location /gm)).toBe(count(plain, /^\s*location /gm));
          expect(count(out, /^\s*upstream /gm)).toBe(count(plain, /^\s*upstream /gm));
          const r = checkNginx(nginx.path, out);
          expect(r.output).toBe("");
          expect(r.ok).toBe(true);
        }),
        { numRuns: 20 },
      );
    });
  });

  describe.skipIf(!haproxy.found)("with HAProxy", () => {
      it("still pass haproxy -c, without warnings, with the same backends and rules", () => {
      const count = (s: string, re: RegExp) => directives(s).match(re)?.length ?? 0;
      const plain = generateHaproxy(baseline).content;
      fc.assert(
        fc.property(hostileDesign, (d) => {
          const out = generateHaproxy(d).content;
          expect(count(out, /^backend /gm)).toBe(count(plain, /^backend /gm));
          expect(count(out, /^\s+use_backend /gm)).toBe(count(plain, /^\s+use_backend /gm));
          const r = checkHaproxy(haproxy.path, out, { ...process.env, JWT_SECRET: "x" });
          expect(r.ok, r.output).toBe(true);
          expect(r.warnings).toEqual([]);
        }),
        { numRuns: 20 },
      );
    });
  });
});
