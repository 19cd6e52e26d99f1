/**
 * A Docker Compose file (the Compose spec; v2 and v3 files too) to a design:
 * each service becomes a service, database or broker by its image;
 * `depends_on`, `links` and env values naming another service become flows;
 * the first published or exposed port becomes the port; networks, when there
 * are several, hint at the contexts.
 */
import { classifyImage } from "./classify-image";
import type { Draft } from "./draft";
import { inferEnvFlows } from "./infer-flows";
import { arr, entries, obj, port, str, type Obj } from "./plain";

export function importCompose(doc: unknown, file: string, draft: Draft): void {
  const root = obj(doc) ?? {};
  const services = obj(root.services) ?? {};
  const names = Object.keys(services);
  const ids = new Map<string, string>();
  const declaredNetworks = Object.keys(obj(root.networks) ?? {});
  const networkOf = new Map<string, string>();
  const usedNetworks = new Set<string>();
  for (const name of names) {
    const nets = networksOf(obj(services[name]));
    if (nets[0]) networkOf.set(name, nets[0]);
    for (const n of nets) usedNetworks.add(n);
  }
  // One network says nothing about boundaries; several, declared on purpose, are a hint.
  const networksAreContexts = usedNetworks.size > 1 || (declaredNetworks.length > 1 && usedNetworks.size > 0);

  for (const name of names) {
    const s = obj(services[name]) ?? {};
    const image = str(s.image);
    const from = `service ${name} (${file})`;
    const net = networksAreContexts ? networkOf.get(name) : undefined;
    const context = net ? draft.context(net, `network ${net} (${file})`) : undefined;
    if (context) draft.inferred(`${name} in context ${net}: its first network`);
    const cls = classifyImage(image, name, entries(s.environment).map(([k]) => k));
    if (cls.kind === "database" || cls.kind === "broker") {
      ids.set(name, draft.element(cls.kind, name, from, { ...(context ? { context } : {}), ...(cls.engine ? { engine: cls.engine } : {}) }));
      draft.inferred(`${name} is a ${cls.kind}${cls.engine ? ` (${cls.engine})` : ""}: ${cls.why}`);
      continue;
    }
    const profiles = arr(s.profiles).map(str).filter(Boolean);
    const hint =
      cls.loadGenerator !== undefined
        ? `looks like a load generator (${cls.loadGenerator})`
        : profiles.length > 0
          ? `runs only with the profile ${profiles.join(", ")}`
          : undefined;
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    const p = containerPort(s);
    if (p) fields.port = p;
    const replicas = obj(s.deploy)?.replicas ?? s.scale;
    if (typeof replicas === "number" && Number.isInteger(replicas) && replicas > 1) {
      const host = name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50) || "svc";
      fields.instances = Array.from({ length: Math.min(replicas, 100) }, (_, i) => ({ host: `${host}-${i + 1}` }));
    }
    if (image) fields.description = `Image ${image}`.slice(0, 2000);
    else if (s.build !== undefined) fields.description = `Built from ${str(s.build) ?? str(obj(s.build)?.context) ?? "source"}`.slice(0, 2000);
    ids.set(name, draft.element("service", name, from, fields, hint));
  }

  const resolver = {
    resolve: (host: string) => {
      const exact = ids.get(host);
      if (exact) return exact;
      const match = names.find((n) => n.toLowerCase() === host || str(obj(services[n])?.container_name)?.toLowerCase() === host || arr(obj(services[n])?.hostname).includes(host));
      return match ? ids.get(match) : undefined;
    },
    isGrpc: () => false,
  };
  for (const name of names) {
    const id = ids.get(name)!;
    if (draft.kindOf(id) !== "service") continue;
    const s = obj(services[name]) ?? {};
    for (const dep of dependsOn(s.depends_on)) {
      const to = ids.get(dep);
      if (to) draft.flow(id, to, "depends_on");
      else draft.skipped(`${name} depends_on ${dep}: no such service in ${file}`);
    }
    for (const link of arr(s.links)) {
      const target = str(link)?.split(":")[0];
      const to = target ? ids.get(target) : undefined;
      if (to) draft.flow(id, to, `links ${str(link)}`);
    }
    inferEnvFlows(draft, id, entries(s.environment), resolver);
  }
}

function networksOf(s: Obj | undefined): string[] {
  if (!s) return [];
  const n = s.networks;
  if (Array.isArray(n)) return n.map(str).filter((x): x is string => !!x);
  return Object.keys(obj(n) ?? {});
}

function dependsOn(x: unknown): string[] {
  if (Array.isArray(x)) return x.map(str).filter((s): s is string => !!s);
  return Object.keys(obj(x) ?? {});
}

/** The port the service listens on inside its container: the target of its first port mapping, else its first exposed port. */
function containerPort(s: Obj): number | undefined {
  for (const p of arr(s.ports)) {
    const o = obj(p);
    if (o) return port(o.target);
    const text = str(p);
    if (!text) continue;
    // "8080", "5000:80", "127.0.0.1:5000:80", "5000:80/tcp", "9090-9091:8080-8081"
    const last = text.split("/")[0]!.split(":").pop()!;
    return port(last.split("-")[0]);
  }
  for (const e of arr(s.expose)) {
    const p = port(str(e)?.split("/")[0]?.split("-")[0]);
    if (p) return p;
  }
  return undefined;
}
