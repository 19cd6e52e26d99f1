/**
 * Designs whose free text is built to break configs: shell metacharacters,
 * line breaks, YAML specials (`no`, `*x`, `&x`, `!!str`), comment and brace
 * characters. Every design is valid (it passes loadDesign), so what an export
 * does with it is the exporter's doing. `PWNED` in any text stands for a file
 * path that must never come into existence.
 */
import fc from "fast-check";
import type { Design } from "../../src/core/model/schema";

export const FRAGMENTS = [
  "\n", "\r\n", "\r", "\u2028", "\u0085", "\t", ";", "{", "}", "#", "'", "\"", "`", "\\", "$", "$(touch PWNED)", "`touch PWNED`",
  "'; touch PWNED; '", "\"; touch PWNED; \"", "${IFS}", "no", "yes", "on", "*x", "&x", "!!str", "!!binary", "%YAML 1.1", "---", "...", ": ", "- ",
  "? ", "|", ">", "@", "~", "null", "1e3", "0o17", "=", ",", "[", "]", " ", "%", "\u0000", "\u00e9", "\u{1F600}", "</script>",
];

/** Free text of 1..max characters made of hostile fragments and arbitrary characters. */
export function hostileText(max = 100): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join("").slice(0, max))
    .filter((s) => s.length > 0);
}

/** Ids that pass the schema but not every target's name rule: dots, underscores, leading digits, doubled and trailing separators. */
const ID = fc.constantFrom("a.b", "a_b", "a-b", "9lives", "x--y", "x-", "x.", "a_", "order.service", "order-service", "payments_v2", "0", "z");
const HOST = fc.constantFrom("10.0.0.7", "127.0.0.1", "svc.internal", "a", "node-1.example.com");

export interface HostileCase {
  design: Design;
}

/** A valid design with 1..3 services, 1..2 contexts, a database, a broker and flows, all free text hostile. */
export function hostileDesign(pwned: string): fc.Arbitrary<Design> {
  const text = (max?: number) => hostileText(max).map((s) => s.replaceAll("PWNED", pwned).slice(0, max ?? 100));
  const nonEmpty = (max?: number) => text(max).filter((s) => s.length > 0);
  return fc
    .record({
      ids: fc.uniqueArray(ID, { minLength: 6, maxLength: 6 }),
      name: nonEmpty(),
      description: text(500),
      contextNames: fc.tuple(nonEmpty(), nonEmpty()),
      contextTeams: fc.tuple(text(), text()),
      serviceNames: fc.tuple(nonEmpty(), nonEmpty(), nonEmpty()),
      serviceTeams: fc.tuple(fc.option(text(), { nil: undefined }), fc.option(text(), { nil: undefined }), fc.option(text(), { nil: undefined })),
      tags: fc.array(nonEmpty(), { maxLength: 4 }),
      version: fc.option(nonEmpty(50), { nil: undefined }),
      technology: fc.option(text(), { nil: undefined }),
      hosts: fc.array(HOST, { minLength: 1, maxLength: 3 }),
      dbName: nonEmpty(),
      brokerName: nonEmpty(),
      label: text(200),
      event: nonEmpty(),
      serviceCount: fc.integer({ min: 1, max: 3 }),
    })
    .map((r) => {
      const [c1, c2, s1, s2, s3, db] = r.ids as [string, string, string, string, string, string];
      const broker = `${db}-bus`.slice(0, 63);
      const serviceIds = [s1, s2, s3].slice(0, r.serviceCount);
      const services = serviceIds.map((id, i) => ({
        id,
        name: r.serviceNames[i]!,
        context: i % 2 === 0 ? c1 : c2,
        ...(r.serviceTeams[i] !== undefined ? { team: r.serviceTeams[i] } : {}),
        ...(i === 0 ? { tags: r.tags, description: r.description, instances: r.hosts.map((host, n) => ({ host, port: 8080 + n, weight: n + 1 })) } : {}),
        ...(r.version !== undefined ? { version: r.version } : {}),
        ...(r.technology !== undefined ? { technology: r.technology } : {}),
      }));
      const flows: Design["flows"] = [{ id: "f-db", from: s1, to: db, kind: "sync", label: r.label }];
      flows.push({ id: "f-pub", from: s1, to: broker, kind: "async", event: r.event, label: r.label });
      if (serviceIds.length > 1) {
        flows.push({ id: "f-call", from: s1, to: s2, kind: "sync", label: r.label });
        flows.push({ id: "f-sub", from: broker, to: s2, kind: "async", event: r.event });
      }
      const design: Design = {
        format: "seams-design",
        version: 1,
        name: r.name,
        description: r.description,
        contexts: [
          { id: c1, name: r.contextNames[0], team: r.contextTeams[0], description: r.description },
          { id: c2, name: r.contextNames[1], team: r.contextTeams[1] },
        ],
        services,
        databases: [{ id: db, name: r.dbName, context: c1, tables: [r.label.slice(0, 100) || "t"] }],
        brokers: [{ id: broker, name: r.brokerName }],
        gateways: [{ id: "edge", name: r.name }],
        flows: [...flows, { id: "f-route", from: "edge", to: s1, kind: "sync", path: "/api" }],
      };
      return design;
    });
}
