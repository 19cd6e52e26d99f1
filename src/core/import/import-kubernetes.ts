/**
 * Kubernetes manifests (multi-document YAML, `kind: List` from
 * `kubectl get -o yaml`) to a design: workloads with their Services become
 * services, databases and brokers (by image); Ingresses and Gateway API
 * HTTPRoutes become gateway routes; env values naming a Service become flows;
 * `app.kubernetes.io/part-of` or the namespace becomes the context. Seams' own
 * export carries the exact ids and names in `seams/*` labels and annotations.
 */
import { PATH_PATTERN } from "../model/schema";
import { classifyImage, type ImageClass } from "./classify-image";
import type { Draft } from "./draft";
import { inferEnvFlows } from "./infer-flows";
import { arr, entries, obj, port, str, type Obj } from "./plain";

const WORKLOADS = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Pod", "DeploymentConfig"]);
const MAX_INSTANCES = 100;

interface Workload {
  id: string;
  name: string;
  namespace: string;
  podLabels: Record<string, string>;
  containers: Obj[];
  grpcPorts: Set<number>;
  grpcNamed: boolean;
}

/** Every object, with `List` items flattened (what `kubectl get -o yaml` prints). */
export function flattenObjects(docs: unknown[]): Obj[] {
  const out: Obj[] = [];
  const visit = (x: unknown, depth: number) => {
    const o = obj(x);
    if (!o) return;
    if (Array.isArray(o.items) && depth < 3 && (o.kind === "List" || /List$/.test(String(o.kind ?? "")))) for (const item of o.items) visit(item, depth + 1);
    else out.push(o);
  };
  for (const d of docs) visit(d, 0);
  return out;
}

/**
 * All Kubernetes files of an import at once: a Deployment in one file and the
 * Service or database it calls in another still make one flow.
 */
export function importKubernetes(sources: readonly { file: string; docs: unknown[] }[], draft: Draft): void {
  const objects = sources.flatMap(({ file, docs }) => flattenObjects(docs).map((o) => ({ o, file })));
  const workloads: Workload[] = [];
  const hosts = new Map<string, string>();
  const skippedKinds = new Map<string, number>();
  const services: { o: Obj; file: string }[] = [];
  const routes: { o: Obj; file: string }[] = [];
  const namespaces: { name: string; file: string }[] = [];
  const files = sources.map((s) => s.file).join(", ");

  for (const { o, file } of objects) {
    const kind = str(o.kind) ?? "";
    if (WORKLOADS.has(kind)) {
      const w = addWorkload(o, kind, file, draft);
      if (w) {
        workloads.push(w);
        hosts.set(w.name, w.id);
      }
    } else if (kind === "Service") services.push({ o, file });
    else if (kind === "Namespace") namespaces.push({ name: str(obj(o.metadata)?.name) ?? "", file });
    else if (kind === "Ingress" || kind === "HTTPRoute" || kind === "GRPCRoute" || kind === "Gateway") routes.push({ o, file });
    else skippedKinds.set(kind || "(no kind)", (skippedKinds.get(kind || "(no kind)") ?? 0) + 1);
  }

  for (const { o: s, file } of services) {
    const meta = obj(s.metadata) ?? {};
    const name = str(meta.name);
    if (!name) continue;
    const namespace = str(meta.namespace) ?? "";
    const spec = obj(s.spec) ?? {};
    const selector = obj(spec.selector);
    const target = selector && Object.keys(selector).length > 0 ? workloads.find((w) => w.namespace === namespace && Object.entries(selector).every(([k, v]) => w.podLabels[k] === str(v))) : undefined;
    if (!target) {
      draft.skipped(`Service ${name} (${file}): it selects no workload in these manifests${str(spec.type) === "ExternalName" ? " (ExternalName)" : ""}`);
      continue;
    }
    hosts.set(name, target.id);
    if (name !== target.name) draft.inferred(`Service ${name} is ${draft.get(target.id)?.name ?? target.id}: its selector matches the pod labels`);
    const ports = arr(spec.ports).map(obj).filter((p): p is Obj => p !== undefined);
    for (const p of ports) {
      const n = port(p.port);
      if (/grpc/i.test(str(p.name) ?? "") || /grpc/i.test(str(p.appProtocol) ?? "")) {
        target.grpcNamed = true;
        if (n) target.grpcPorts.add(n);
      }
    }
    const first = port(ports[0]?.port);
    const el = draft.get(target.id);
    if (first && el && draft.kindOf(target.id) === "service" && (el as { port?: number }).port === undefined) (el as { port?: number }).port = first;
  }

  const resolver = {
    resolve: (host: string) => hosts.get(host),
    isGrpc: (id: string, p: number | undefined) => {
      const w = workloads.find((x) => x.id === id);
      return !!w && (p === undefined ? w.grpcNamed : w.grpcPorts.has(p));
    },
  };
  for (const w of workloads) {
    if (draft.kindOf(w.id) !== "service") continue;
    for (const c of w.containers) inferEnvFlows(draft, w.id, envOf(c), resolver);
  }

  for (const { o, file } of routes) addRoutes(o, file, draft, hosts);

  for (const ns of namespaces) if (!workloads.some((w) => w.namespace === ns.name)) draft.skipped(`Namespace ${ns.name} (${ns.file}): no workloads in these manifests`);
  for (const [kind, n] of skippedKinds) draft.skipped(`${n} ${kind}${n === 1 ? "" : "s"} (${files}): not part of the architecture`);
}

function envOf(container: Obj): [string, string | undefined][] {
  return arr(container.env).flatMap((e): [string, string | undefined][] => {
    const o = obj(e);
    const name = o && str(o.name);
    return name ? [[name, str(o.value)]] : [];
  });
}

function podTemplate(o: Obj, kind: string): Obj | undefined {
  if (kind === "Pod") return o;
  const spec = obj(o.spec);
  if (kind === "CronJob") return obj(obj(obj(obj(spec?.jobTemplate)?.spec)?.template));
  return obj(spec?.template);
}

function addWorkload(o: Obj, kind: string, file: string, draft: Draft): Workload | undefined {
  const meta = obj(o.metadata) ?? {};
  const name = str(meta.name);
  if (!name) {
    draft.skipped(`a ${kind} without a name (${file})`);
    return undefined;
  }
  const labels = stringMap(meta.labels);
  const annotations = stringMap(meta.annotations);
  const namespace = str(meta.namespace) ?? "";
  const template = podTemplate(o, kind);
  const podSpec = obj(template?.spec) ?? {};
  const podLabels = { ...stringMap(obj(template?.metadata)?.labels), ...(kind === "Pod" ? labels : {}) };
  const containers = arr(podSpec.containers).map(obj).filter((c): c is Obj => c !== undefined);
  const main = containers[0];
  const image = str(main?.image);
  const from = `${kind} ${name} (${file})`;

  // Seams' own export: the exact id, name and context, not guesses.
  const seamsId = annotations["seams/service-id"];
  const seams = seamsId !== undefined;
  let context: string | undefined;
  const contextLabel = labels["seams/context"];
  const partOf = labels["app.kubernetes.io/part-of"];
  if (contextLabel) context = draft.context(contextLabel, from, { id: contextLabel });
  else if (!seams && partOf) context = draft.context(partOf, `label app.kubernetes.io/part-of of ${from}`);
  else if (!seams && namespace && namespace !== "default") context = draft.context(namespace, `namespace of ${from}`);

  const cls: ImageClass = seams ? { kind: "service" } : classifyImage(image, name, main ? envOf(main).map(([n]) => n) : []);
  const common = { ...(context ? { context } : {}), ...(seamsId ? { id: seamsId } : {}) };
  const displayName = annotations["seams/service-name"] ?? name;
  let id: string;
  if (cls.kind === "database" || cls.kind === "broker") {
    id = draft.element(cls.kind, name, from, { ...common, ...(cls.engine ? { engine: cls.engine } : {}) });
    draft.inferred(`${name} is a ${cls.kind}${cls.engine ? ` (${cls.engine})` : ""}: ${cls.why}`);
  } else {
    const hint =
      cls.loadGenerator !== undefined
        ? `looks like a load generator (${cls.loadGenerator})`
        : kind === "Job" || kind === "CronJob"
          ? `a ${kind}: runs to completion, not a long-running service`
          : undefined;
    const fields: Record<string, unknown> = { ...common, name: displayName };
    const p = port(obj(arr(main?.ports)[0])?.containerPort);
    if (p) fields.port = p;
    const replicas = obj(o.spec)?.replicas;
    if (typeof replicas === "number" && Number.isInteger(replicas) && replicas > 1) {
      const host = name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50) || "pod";
      fields.instances = Array.from({ length: Math.min(replicas, MAX_INSTANCES) }, (_, i) => ({ host: `${host}-${i}` }));
    }
    const health = healthOf(main);
    if (health) fields.healthCheck = health;
    if (annotations["seams/technology"]) fields.technology = annotations["seams/technology"].slice(0, 100);
    if (annotations["seams/version"]) fields.version = annotations["seams/version"].slice(0, 50);
    if (annotations["seams/team"]) fields.team = annotations["seams/team"].slice(0, 100);
    if (annotations["seams/description"]) fields.description = annotations["seams/description"].slice(0, 2000);
    else if (image && !seams) fields.description = `Image ${image}`.slice(0, 2000);
    id = draft.element("service", name, from, fields, hint);
  }
  return { id, name, namespace, podLabels, containers, grpcPorts: new Set(), grpcNamed: false };
}

function healthOf(container: Obj | undefined): { path: string; interval?: string } | undefined {
  const probe = obj(container?.readinessProbe) ?? obj(container?.livenessProbe);
  const path = str(obj(probe?.httpGet)?.path);
  if (!path || !PATH_PATTERN.test(path) || path.length > 200) return undefined;
  const period = probe?.periodSeconds;
  return typeof period === "number" && Number.isInteger(period) && period > 0 && period < 1e6 ? { path, interval: `${period}s` } : { path };
}

function stringMap(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of entries(obj(x) ?? {})) if (v !== undefined) out[k] = v;
  return out;
}

/** A route path the format accepts: regex and wildcard tails are cut back to their literal prefix. */
export function routePath(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return "/";
  if (PATH_PATTERN.test(raw) && raw.length <= 200) return raw;
  const literal = /^\/[A-Za-z0-9/\-_.~]*/.exec(raw)?.[0];
  return literal && literal.length <= 200 ? literal : undefined;
}

function addRoutes(o: Obj, file: string, draft: Draft, hosts: Map<string, string>): void {
  const kind = str(o.kind)!;
  const meta = obj(o.metadata) ?? {};
  const name = str(meta.name) ?? kind.toLowerCase();
  const spec = obj(o.spec) ?? {};
  const from = `${kind} ${name} (${file})`;
  if (kind === "Gateway") {
    const listener = obj(arr(spec.listeners)[0]);
    const p = port(listener?.port);
    draft.element("gateway", name, from, p ? { port: p } : {});
    return;
  }
  const route = (gatewayName: string, gatewayFrom: string, rawPath: string | undefined, backend: string | undefined, host: string | undefined) => {
    if (!backend) return;
    const to = hosts.get(backend);
    if (!to) {
      draft.skipped(`route ${rawPath ?? "/"} of ${from}: backend ${backend} is not a Service in these manifests`);
      return;
    }
    const path = routePath(rawPath);
    if (!path) {
      draft.skipped(`route ${rawPath} of ${from}: not a path prefix Seams can route`);
      return;
    }
    const gw = draft.element("gateway", gatewayName, gatewayFrom);
    draft.flow(gw, to, `${from}${host ? ` host ${host}` : ""} path ${rawPath ?? "/"}`, { path, public: true, ...(host ? { label: `host ${host}`.slice(0, 200) } : {}) });
  };
  if (kind === "Ingress") {
    const backendName = (b: unknown) => str(obj(obj(b)?.service)?.name) ?? str(obj(b)?.serviceName);
    const fallback = obj(spec.defaultBackend) ?? obj(spec.backend);
    if (fallback) route(name, from, "/", backendName(fallback), undefined);
    for (const rule of arr(spec.rules)) {
      const r = obj(rule);
      const host = str(r?.host);
      for (const p of arr(obj(r?.http)?.paths)) {
        const po = obj(p);
        route(name, from, str(po?.path), backendName(po?.backend), host);
      }
    }
    return;
  }
  // HTTPRoute / GRPCRoute: the parent Gateway is the gateway; each rule's matches are its prefixes.
  const parent = str(obj(arr(spec.parentRefs)[0])?.name) ?? name;
  const host = arr(spec.hostnames).map(str).filter(Boolean).join(", ") || undefined;
  for (const rule of arr(spec.rules)) {
    const r = obj(rule);
    const backends = arr(r?.backendRefs).map((b) => str(obj(b)?.name));
    const matches = arr(r?.matches).map((m) => str(obj(obj(m)?.path)?.value));
    for (const backend of backends) for (const path of matches.length ? matches : [undefined]) route(parent, `Gateway ${parent} (parent of ${from})`, path, backend, host);
  }
}
