import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { parseAllDocuments, stringify } from "yaml";
import { ID_PATTERN, type Design } from "../model/schema";
import { mallGoTemplate as createMallGo } from "../templates/mall-go";
import { generateKubernetes } from "../export/registries/generate-kubernetes";
import { generateBackstage } from "../export/registries/generate-backstage";
import { importFiles, type ImportOutcome } from "./import-files";
import { idFromName } from "./derive-id";
import { mergeDesigns, skipElements } from "./merge-import";
import { MAX_IMPORT_CHARS } from "./read-yaml";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const ok = (r: ImportOutcome) => {
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r;
};
const one = (name: string, text: string, kind?: Parameters<typeof importFiles>[1]) => importFiles([{ name, text }], kind);
const ids = (list: { id: string }[] | undefined) => (list ?? []).map((e) => e.id).sort();
const pairs = (d: Design) => (d.flows ?? []).map((f) => `${f.from} -> ${f.to}`).sort();

describe("Online Boutique Kubernetes manifests", () => {
  const r = ok(one("online-boutique.yaml", fixture("online-boutique.yaml")));
  it("finds every workload: eleven services and the redis cart store as a database", () => {
    expect(ids(r.design.services)).toEqual(
      ["adservice", "cartservice", "checkoutservice", "currencyservice", "emailservice", "frontend", "loadgenerator", "paymentservice", "productcatalogservice", "recommendationservice", "shippingservice"].sort(),
    );
    expect(r.design.databases).toEqual([expect.objectContaining({ id: "redis-cart", engine: "redis" })]);
    expect(r.design.brokers).toEqual([]);
  });
  it("finds every call the env addresses state, gRPC where the Service port is named grpc", () => {
    const calls = (r.design.flows ?? []).map((f) => `${f.from} -> ${f.to} ${f.kind}/${f.protocol ?? "-"}`).sort();
    expect(calls).toEqual(
      [
        ...["productcatalogservice", "shippingservice", "paymentservice", "emailservice", "currencyservice", "cartservice"].map((t) => `checkoutservice -> ${t} sync/grpc`),
        ...["productcatalogservice", "currencyservice", "cartservice", "recommendationservice", "shippingservice", "checkoutservice", "adservice"].map((t) => `frontend -> ${t} sync/grpc`),
        "recommendationservice -> productcatalogservice sync/grpc",
        "cartservice -> redis-cart sync/-",
        "loadgenerator -> frontend sync/http",
      ].sort(),
    );
  });
  it("says why: the env variable behind each flow, the image behind each database, a load generator to skip", () => {
    expect(r.report.inferred).toContain("flow checkoutservice → paymentservice: env PAYMENT_SERVICE_ADDR=paymentservice:50051");
    expect(r.report.inferred).toContain("redis-cart is a database (redis): image redis:alpine");
    expect(r.report.found.find((f) => f.id === "loadgenerator")?.hint).toMatch(/load generator/);
    expect(r.report.found.find((f) => f.id === "frontend")?.hint).toBeUndefined();
  });
  it("takes ports from the containers and the health check from the readiness probe", () => {
    const s = (id: string) => r.design.services!.find((x) => x.id === id)!;
    expect(s("paymentservice").port).toBe(50051);
    expect(s("frontend").healthCheck).toEqual({ path: "/_healthz" });
  });
  it("skipping the load generator drops it and its flow", () => {
    const skipped = skipElements(r.design, new Set(["loadgenerator"]));
    expect(skipped.ok && ids(skipped.design.services)).not.toContain("loadgenerator");
    expect(skipped.ok && pairs(skipped.design)).not.toContain("loadgenerator -> frontend");
  });
});

describe("Weaveworks' Sock Shop Kubernetes manifests", () => {
  const r = ok(one("sock-shop.yaml", fixture("sock-shop.yaml")));
  it("finds the services, the databases by image, name and settings, the RabbitMQ broker and the namespace as the context", () => {
    expect(ids(r.design.services)).toEqual(["carts", "catalogue", "front-end", "orders", "payment", "queue-master", "shipping", "user"]);
    expect(r.design.databases!.map((d) => `${d.id}:${d.engine ?? "?"}`).sort()).toEqual(["carts-db:mongodb", "catalogue-db:mysql", "orders-db:mongodb", "session-db:redis", "user-db:?"]);
    expect(r.design.brokers).toEqual([expect.objectContaining({ id: "rabbitmq", engine: "rabbitmq", context: "sock-shop" })]);
    expect(r.design.contexts).toEqual([expect.objectContaining({ id: "sock-shop" })]);
    expect((r.design.services ?? []).every((s) => s.context === "sock-shop")).toBe(true);
  });
  it("finds the one call the manifests state, and no call from a value that only looks like a host", () => {
    expect(pairs(r.design)).toEqual(["user -> user-db"]);
    expect(r.report.skipped).toEqual([]);
  });
  it("reads kubectl get -o yaml output (a List) the same", () => {
    const items = parseAllDocuments(fixture("sock-shop.yaml")).map((d) => d.toJS());
    const list = ok(one("kubectl.yaml", JSON.stringify({ apiVersion: "v1", kind: "List", items })));
    expect(ids(list.design.services)).toEqual(ids(r.design.services));
    expect(pairs(list.design)).toEqual(pairs(r.design));
  });
});

describe("Docker's example voting app Compose file", () => {
  const r = ok(one("voting-app.compose.yaml", fixture("voting-app.compose.yaml")));
  it("finds the services, the redis and postgres databases and every depends_on", () => {
    expect(ids(r.design.services)).toEqual(["result", "seed", "vote", "worker"]);
    expect(r.design.databases?.map((d) => `${d.id}:${d.engine}`).sort()).toEqual(["db:postgres", "redis:redis"]);
    expect(pairs(r.design)).toEqual(["result -> db", "seed -> vote", "vote -> redis", "worker -> db", "worker -> redis"]);
  });
  it("reads the two networks as contexts and the published port's container side as the port", () => {
    expect(ids(r.design.contexts)).toEqual(["back-tier", "front-tier"]);
    expect(r.design.services!.find((s) => s.id === "vote")).toMatchObject({ port: 80, context: "front-tier" });
    expect(r.design.databases!.find((s) => s.id === "db")?.context).toBe("back-tier");
  });
  it("leaving out a context keeps its members, outside any context", () => {
    const s = skipElements(r.design, new Set(["front-tier"]));
    expect(s.ok && s.design.services!.find((x) => x.id === "vote")).not.toHaveProperty("context");
    expect(s.ok && ids(s.design.contexts)).toEqual(["back-tier"]);
  });
  it("marks the seed job, which runs only with its profile, as one to skip", () => {
    expect(r.report.found.find((f) => f.id === "seed")?.hint).toMatch(/profile seed/);
  });
  it("a Compose override file adds to the base file, as docker compose -f a -f b does", () => {
    const override = "services:\n  worker:\n    environment: { RESULT_URL: http://result:80 }\n  audit: { image: acme/audit, depends_on: [db] }\n";
    const d = ok(importFiles([{ name: "compose.yaml", text: fixture("voting-app.compose.yaml") }, { name: "compose.override.yaml", text: override }])).design;
    expect(pairs(d)).toEqual(expect.arrayContaining(["audit -> db", "worker -> result", "worker -> db"]));
  });
  it("infers flows from env values naming a service, and brokers by image", () => {
    const text = `services:
  orders:
    image: shop/orders
    environment:
      - KAFKA_BOOTSTRAP_SERVERS=kafka:9092
      - DATABASE_URL=postgres://u:p@orders-db:5432/orders
      - PAYMENT_HOST=payments
  payments: { image: shop/payments, deploy: { replicas: 3 } }
  kafka: { image: confluentinc/cp-kafka:7.6.0 }
  orders-db: { image: postgres:16 }
`;
    const c = ok(one("docker-compose.yml", text)).design;
    expect(c.brokers).toEqual([expect.objectContaining({ id: "kafka", engine: "kafka" })]);
    expect((c.flows ?? []).map((f) => `${f.from} -> ${f.to} ${f.kind}`).sort()).toEqual(["orders -> kafka async", "orders -> orders-db sync", "orders -> payments sync"]);
    expect(c.services!.find((s) => s.id === "payments")?.instances).toHaveLength(3);
  });
});

describe("round trips of Seams' own exports", () => {
  const mall = createMallGo();
  const serviceCalls = (d: Design) => {
    const services = new Set(ids(d.services));
    return pairs({ ...d, flows: (d.flows ?? []).filter((f) => services.has(f.from) && services.has(f.to)) });
  };
  it("kubernetes: the same services, names, contexts and calls", () => {
    const back = ok(one("kubernetes.yaml", generateKubernetes(mall).content)).design;
    expect(ids(back.services)).toEqual(ids(mall.services));
    expect(back.services!.map((s) => [s.id, s.name, s.context])).toEqual(expect.arrayContaining(mall.services!.map((s) => [s.id, s.name, s.context])));
    expect(ids(back.contexts)).toEqual([...new Set(mall.services!.map((s) => s.context).filter(Boolean))].sort());
    expect(serviceCalls(back)).toEqual(serviceCalls(mall));
  });
  it("backstage: the same services, databases, brokers, contexts and calls", () => {
    const back = ok(one("catalog-info.yaml", generateBackstage(mall).content)).design;
    expect(ids(back.services)).toEqual(ids(mall.services));
    expect(ids(back.databases)).toEqual(ids(mall.databases));
    expect(ids(back.brokers)).toEqual(ids(mall.brokers));
    expect(back.contexts!.map((c) => [c.id, c.name]).sort()).toEqual(mall.contexts!.map((c) => [c.id, c.name]).sort());
    expect(back.services!.map((s) => [s.id, s.context])).toEqual(expect.arrayContaining(mall.services!.map((s) => [s.id, s.context])));
    expect(serviceCalls(back)).toEqual(serviceCalls(mall));
    // Data access and publishing come back as flows to the same databases and brokers.
    const dataAndEvents = (d: Design) => pairs(d).filter((p) => [...ids(d.databases), ...ids(d.brokers)].some((x) => p.endsWith(`-> ${x}`)));
    expect(dataAndEvents(back)).toEqual(expect.arrayContaining(dataAndEvents(mall)));
  });
});

describe("Backstage, OpenAPI and AsyncAPI", () => {
  const catalog = `apiVersion: backstage.io/v1alpha1
kind: System
metadata: { name: checkout, title: Checkout }
spec: { owner: team-a }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: cart }
spec: { type: service, owner: team-a, system: checkout, dependsOn: [resource:cart-db], consumesApis: [pricing-api] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: pricing }
spec: { type: service, owner: team-b, system: checkout, providesApis: [pricing-api] }
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: pricing-api }
spec: { type: grpc, owner: team-b, lifecycle: production, definition: "..." }
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: { name: cart-db }
spec: { type: database, owner: team-a, system: checkout }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: team-a }
spec: { type: team, children: [] }
`;
  it("backstage: components, resources, systems as contexts, dependsOn and API flows", () => {
    const r = ok(one("catalog-info.yaml", catalog));
    expect(ids(r.design.services)).toEqual(["cart", "pricing"]);
    expect(r.design.databases).toEqual([expect.objectContaining({ id: "cart-db", context: "checkout" })]);
    expect(r.design.contexts).toEqual([expect.objectContaining({ id: "checkout", name: "Checkout" })]);
    expect((r.design.flows ?? []).map((f) => `${f.from} -> ${f.to} ${f.protocol ?? "-"}`).sort()).toEqual(["cart -> cart-db -", "cart -> pricing grpc"]);
    expect(r.report.skipped.join("\n")).toMatch(/Group team-a/);
  });
  it("openapi: paths become the endpoints of the service it names, and routes when asked", () => {
    const spec = `openapi: 3.0.3
info: { title: Pricing API, version: "1" }
servers: [{ url: "http://pricing:8080/api" }]
paths:
  /prices/{sku}: { get: {}, put: {} }
  /quotes: { post: {} }
`;
    const r = ok(importFiles([{ name: "catalog-info.yaml", text: catalog }, { name: "pricing.openapi.yaml", text: spec }], { gatewayRoutes: true }));
    expect(r.design.services!.find((s) => s.id === "pricing")?.endpoints).toEqual([
      { method: "GET", path: "/api/prices/{sku}" },
      { method: "PUT", path: "/api/prices/{sku}" },
      { method: "POST", path: "/api/quotes" },
    ]);
    expect((r.design.flows ?? []).filter((f) => f.from === "api-gateway").map((f) => `${f.path} -> ${f.to}`)).toEqual(["/api/prices -> pricing", "/api/quotes -> pricing"]);
    const swagger = ok(one("legacy.json", JSON.stringify({ swagger: "2.0", info: { title: "Legacy Billing" }, basePath: "/v1", paths: { "/invoices": { get: {} } } })));
    expect(swagger.design.services).toEqual([expect.objectContaining({ id: "legacy-billing", name: "Legacy Billing", endpoints: [{ method: "GET", path: "/v1/invoices" }] })]);
  });
  it("asyncapi 2 and 3: the broker, events and async flows in the right direction", () => {
    const v2 = `asyncapi: 2.6.0
info: { title: orders, version: "1" }
servers: { prod: { url: "kafka:9092", protocol: kafka } }
channels:
  order.created: { subscribe: { message: { name: OrderCreated } } }
  payment.done: { publish: { message: { $ref: "#/components/messages/PaymentDone" } } }
`;
    const d2 = ok(one("orders.asyncapi.yaml", v2)).design;
    expect(d2.brokers).toEqual([expect.objectContaining({ id: "kafka", engine: "kafka" })]);
    expect((d2.flows ?? []).map((f) => `${f.from} -> ${f.to} ${f.kind} ${f.event}`).sort()).toEqual(["kafka -> orders async PaymentDone", "orders -> kafka async OrderCreated"]);
    const v3 = `asyncapi: 3.0.0
info: { title: shipping, version: "1" }
servers: { prod: { host: "rabbit:5672", protocol: amqp } }
channels:
  shipped: { address: parcel.shipped, messages: { ParcelShipped: { name: ParcelShipped } } }
operations:
  announce: { action: send, channel: { $ref: "#/channels/shipped" } }
`;
    const d3 = ok(one("shipping.yaml", v3)).design;
    expect(d3.brokers).toEqual([expect.objectContaining({ id: "rabbit", engine: "rabbitmq" })]);
    expect(d3.flows).toEqual([expect.objectContaining({ from: "shipping", to: "rabbit", kind: "async", protocol: "event", event: "ParcelShipped" })]);
  });
  it("ingress and HTTPRoute become gateway routes with their paths and hosts", () => {
    const text = fixture("online-boutique.yaml") + `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: frontend, port: { number: 80 } } } }
          - { path: "/ads(/|$)(.*)", pathType: ImplementationSpecific, backend: { service: { name: adservice, port: { number: 9555 } } } }
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: cart-route }
spec:
  parentRefs: [{ name: edge }]
  hostnames: [api.example.com]
  rules: [{ matches: [{ path: { type: PathPrefix, value: /cart } }], backendRefs: [{ name: cartservice, port: 7070 }] }]
`;
    const d = ok(one("shop.yaml", text)).design;
    expect(ids(d.gateways)).toEqual(["edge", "shop"]);
    const routes = (d.flows ?? []).filter((f) => f.from === "shop" || f.from === "edge").map((f) => `${f.from} ${f.path} -> ${f.to} (${f.label})`);
    expect(routes).toEqual(["shop / -> frontend (host shop.example.com)", "shop /ads -> adservice (host shop.example.com)", "edge /cart -> cartservice (host api.example.com)"]);
  });
  it("namespaces and part-of labels become contexts; replicas become instances", () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: ledger, namespace: finance }
spec: { replicas: 3, template: { metadata: { labels: { app: ledger } }, spec: { containers: [{ name: l, image: acme/ledger }] } } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: finance, labels: { app.kubernetes.io/part-of: storefront } }
spec: { template: { spec: { containers: [{ name: w, image: acme/web, env: [{ name: LEDGER_URL, value: "http://ledger.finance.svc.cluster.local:8080/v1" }] }] } } }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
`;
    const r = ok(one("finance.yaml", text));
    expect(r.design.services!.map((s) => [s.id, s.context, s.instances?.length])).toEqual([
      ["ledger", "finance", 3],
      ["web", "storefront", undefined],
    ]);
    expect(pairs(r.design)).toEqual(["web -> ledger"]);
    expect(r.report.skipped).toContain("1 ConfigMap (finance.yaml): not part of the architecture");
  });
});

describe("bad input", () => {
  it("malformed YAML, unknown kinds and empty files get a clear message naming the file", () => {
    const bad = one("broken.yaml", "services:\n  a: [1, 2\n");
    expect(!bad.ok && bad.errors[0]).toMatch(/^broken\.yaml: not valid YAML/);
    const unknown = one("notes.yaml", "hello: world\n");
    expect(!unknown.ok && unknown.errors[0]).toMatch(/^notes\.yaml: cannot tell what this is; expected Kubernetes manifests/);
    const empty = one("empty.yaml", "  \n");
    expect(!empty.ok && empty.errors[0]).toBe("empty.yaml: the file is empty");
    const nothing = one("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n");
    expect(!nothing.ok && nothing.errors[0]).toMatch(/found no services/);
  });
  it("refuses an alias bomb within a second", () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(",")}]`);
    const bomb = `services:\n  x:\n    image: nginx\n${lines.map((l) => `x-${l}`).join("\n")}\n`;
    const t0 = performance.now();
    const r = one("bomb.yaml", bomb);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(!r.ok && r.errors[0]).toMatch(/too many aliases/);
  });
  it("refuses brackets nested thousands deep within a second, instead of recursing until the stack runs out", () => {
    const t0 = performance.now();
    const r = one("deep.yaml", `services: ${"[".repeat(50000)}${"]".repeat(50000)}\n`);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(!r.ok && r.errors[0]).toBe("deep.yaml: refused: brackets nested more than 500 deep");
  });
  it("refuses a 10 MB file within a second", () => {
    const big = "# " + "x".repeat(10 * 1024 * 1024);
    const t0 = performance.now();
    const r = one("huge.yaml", big);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(!r.ok && r.errors[0]).toMatch(/too large.*at most 4 MB/);
    expect(big.length).toBeGreaterThan(MAX_IMPORT_CHARS);
  });
  it("names that are not ids get safe, unique, lower-case ids and keep the name", () => {
    const text = `services:
  "Order Service": { image: a }
  order_service: { image: b }
  "ORDER-SERVICE": { image: c }
  "../../etc/passwd": { image: d }
  "💥": { image: e }
`;
    const d = ok(one("compose.yaml", text)).design;
    expect(d.services!.map((s) => [s.id, s.name])).toEqual([
      ["order-service", "Order Service"],
      ["order_service", "order_service"],
      ["order-service-2", "ORDER-SERVICE"],
      ["etc-passwd", "../../etc/passwd"],
      ["x", "💥"],
    ]);
  });
  it("any document of any shape imports or is refused with a message, never a crash", () => {
    const manifest = fc.record({ apiVersion: fc.constantFrom("apps/v1", "v1", "networking.k8s.io/v1", "backstage.io/v1alpha1"), kind: fc.constantFrom("Deployment", "Service", "Ingress", "Component", "Resource", "List", "HTTPRoute"), metadata: fc.anything(), spec: fc.anything(), items: fc.anything() });
    const shapes = fc.oneof(manifest, fc.record({ services: fc.dictionary(fc.string(), fc.anything()) }), fc.record({ openapi: fc.constant("3.0.0"), info: fc.anything(), paths: fc.anything() }), fc.record({ asyncapi: fc.constantFrom("2.6.0", "3.0.0"), channels: fc.anything(), operations: fc.anything(), servers: fc.anything() }), fc.anything());
    fc.assert(
      fc.property(fc.array(shapes, { minLength: 1, maxLength: 4 }), (docs) => {
        const r = importFiles([{ name: "any.yaml", text: docs.map((d) => stringify(d)).join("---\n") }]);
        if (r.ok) expect(r.design.format).toBe("seams-design");
        else expect(r.errors.join("\n")).not.toMatch(/please report/);
      }),
      { numRuns: 300 },
    );
  });
  it("an Ingress in front of what looks like a database leaves that route out instead of making an invalid design (found by the property below)", () => {
    const docs = [
      { apiVersion: "networking.k8s.io/v1", kind: "Ingress", metadata: { name: "web" }, spec: { rules: [{ host: "a", http: { paths: [{ path: "/", backend: { service: { name: "store" } } }] } }] } },
      { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "store" }, spec: { template: { spec: { containers: [{ image: "postgres" }] } } } },
    ];
    const r = importFiles([{ name: "db.yaml", text: docs.map((d) => stringify(d)).join("---\n") }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.databases?.map((d) => d.id)).toEqual(["store"]);
    expect(r.design.flows ?? []).toEqual([]);
    expect(r.report.skipped.join("\n")).toMatch(/route \/ on web to store: that looks like a database, and a gateway routes to services/);
  });

  it("manifests with any names, images, env values, ports and paths import to a valid design", () => {
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("a", "b", "db", "kafka", "a:80", "http://b:9/x", "postgres", "-", "", "A B", "x".repeat(120)));
    const workload = fc.record({
      apiVersion: fc.constant("apps/v1"),
      kind: fc.constantFrom("Deployment", "StatefulSet", "CronJob", "Job"),
      metadata: fc.record({ name: text, namespace: fc.option(text, { nil: undefined }), labels: fc.dictionary(text, text, { maxKeys: 2 }) }),
      spec: fc.record({
        replicas: fc.oneof(fc.integer({ min: -2, max: 500 }), fc.constant("3")),
        template: fc.record({ metadata: fc.record({ labels: fc.dictionary(fc.constantFrom("app", "name"), text, { maxKeys: 1 }) }), spec: fc.record({ containers: fc.array(fc.record({ image: text, ports: fc.array(fc.record({ containerPort: fc.oneof(fc.integer({ min: -1, max: 70000 }), text) }), { maxLength: 2 }), env: fc.array(fc.record({ name: text, value: text }), { maxLength: 3 }), readinessProbe: fc.record({ httpGet: fc.record({ path: text }), periodSeconds: fc.integer({ min: -1, max: 10 }) }) }), { maxLength: 2 }) }) }),
      }),
    });
    const service = fc.record({ apiVersion: fc.constant("v1"), kind: fc.constant("Service"), metadata: fc.record({ name: text }), spec: fc.record({ selector: fc.dictionary(fc.constantFrom("app", "name"), text, { maxKeys: 1 }), ports: fc.array(fc.record({ name: text, port: fc.integer({ min: 0, max: 70000 }) }), { maxLength: 2 }) }) });
    const ingress = fc.record({ apiVersion: fc.constant("networking.k8s.io/v1"), kind: fc.constant("Ingress"), metadata: fc.record({ name: text }), spec: fc.record({ rules: fc.array(fc.record({ host: text, http: fc.record({ paths: fc.array(fc.record({ path: text, backend: fc.record({ service: fc.record({ name: text }) }) }), { maxLength: 3 }) }) }), { maxLength: 2 }) }) });
    const compose = fc.record({ services: fc.dictionary(text, fc.record({ image: text, depends_on: fc.array(text, { maxLength: 2 }), environment: fc.dictionary(text, text, { maxKeys: 2 }), ports: fc.array(text, { maxLength: 1 }), networks: fc.array(text, { maxLength: 2 }) }), { maxKeys: 5 }) });
    const k8s = fc.array(fc.oneof(workload, service, ingress), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(k8s, compose.map((c) => [c])), (docs) => {
        const r = importFiles([{ name: "fuzz.yaml", text: docs.map((d) => stringify(d)).join("---\n") }]);
        if (!r.ok) expect(r.errors.join("\n")).not.toMatch(/please report/);
      }),
      { numRuns: 300 },
    );
  });
  it("any text gives a valid id", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => ID_PATTERN.test(idFromName(s))));
  });
});

describe("merge", () => {
  it("adds what the design lacks, matched by id, never duplicating", () => {
    const mall = createMallGo();
    const r = ok(one("catalog-info.yaml", generateBackstage(mall).content));
    const merged = mergeDesigns(mall, r.design);
    expect(merged.result.ok).toBe(true);
    expect(merged.added).toBe(0);
    const compose = ok(one("compose.yaml", "services:\n  user-service: { image: a }\n  audit: { image: b, depends_on: [user-service] }\n")).design;
    const m2 = mergeDesigns(mall, compose);
    if (!m2.result.ok) throw new Error("merge failed");
    expect(m2.result.design.services!.filter((s) => s.id === "user-service")).toHaveLength(1);
    expect(m2.result.design.services!.length).toBe(mall.services!.length + 1);
    expect(pairs(m2.result.design)).toContain("audit -> user-service");
  });
});
