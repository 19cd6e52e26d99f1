/**
 * Kubernetes manifests: a Deployment and a Service per design service, as one
 * multi-document YAML stream for `kubectl apply -f`. Replicas come from the
 * instance count, the readiness probe from the health check (whole seconds),
 * labels from the context and team (sanitised to label values; the exact
 * text stays in annotations, which take any string).
 */
import { DEFAULT_SERVICE_PORT } from "../../model/defaults";
import type { Design, Service } from "../../model/schema";
import { ENGLISH_CAVEAT_WORDS, type Caveat, type CaveatWords, type ExportOptions, type ExportOutput } from "../types";
import { assignNames, KUBERNETES_NAME, sanitizeLabelValue } from "./assign-names";
import { listRegistrations, type Registration } from "./list-registrations";
import { stringifyYaml, type YamlDocument } from "./stringify-yaml";

export const IMAGE_REGISTRY_PLACEHOLDER = "registry.example.invalid";
const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const LABEL_PREFIX = "seams";

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels: Record<string, string>; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

/** The manifests as objects, in file order (Deployment, then Service, per service). */
export function listKubernetesObjects(design: Design): { objects: KubernetesObject[]; caveats: Caveat[]; perService: Map<string, Caveat[]> } {
  const services = design.services ?? [];
  const { names, caveats: nameCaveats } = assignNames(services.map((s) => s.id), KUBERNETES_NAME);
  const perService = new Map<string, Caveat[]>(services.map((s) => [s.id, []]));
  for (const c of nameCaveats) perService.get(c.elements[0]!)?.push(c);
  const partOf = sanitizeLabelValue(design.name);
  const calls = listCalls(design, names);
  const objects: KubernetesObject[] = [];
  for (const reg of listRegistrations(design)) {
    const notes = perService.get(reg.service.id)!;
    const name = names.get(reg.service.id)!;
    const labels = labelsFor(reg, name, partOf, notes);
    const annotations = annotationsFor(reg);
    const port = reg.service.port ?? DEFAULT_SERVICE_PORT;
    objects.push(
      { apiVersion: "apps/v1", kind: "Deployment", metadata: { name, labels, annotations }, spec: deploymentSpec(reg, name, labels, port, notes, calls.get(reg.service.id) ?? []) },
      {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name, labels, annotations },
        spec: { selector: { "app.kubernetes.io/name": name }, ports: [{ name: "http", port, targetPort: "http", protocol: "TCP" }] },
      },
    );
  }
  const caveats: Caveat[] = [];
  if (services.length > 0) {
    caveats.push({
      elements: services.map((s) => s.id),
      code: "kubernetes.imagePlaceholder", params: { registry: IMAGE_REGISTRY_PLACEHOLDER }, message: `Container images are placeholders (${IMAGE_REGISTRY_PLACEHOLDER}/<name>:<version>): set the real images before applying.`,
    });
  }
  for (const list of perService.values()) caveats.push(...list);
  return { objects, caveats, perService };
}

function labelsFor(reg: Registration, name: string, partOf: string, notes: Caveat[]): Record<string, string> {
  const id = reg.service.id;
  const labels: Record<string, string> = { "app.kubernetes.io/name": name };
  if (partOf) labels["app.kubernetes.io/part-of"] = partOf;
  if (reg.service.version && IMAGE_TAG.test(reg.service.version) && sanitizeLabelValue(reg.service.version) === reg.service.version) {
    labels["app.kubernetes.io/version"] = reg.service.version;
  }
  if (reg.meta.context) labels[`${LABEL_PREFIX}/context`] = sanitizeLabelValue(reg.meta.context);
  if (reg.meta.team !== undefined) {
    const team = sanitizeLabelValue(reg.meta.team);
    if (team) labels[`${LABEL_PREFIX}/team`] = team;
    if (team !== reg.meta.team) {
      notes.push({
        elements: [id],
        message: team
          ? `${id}: the team is not a valid label value; label ${LABEL_PREFIX}/team is "${team}", the annotation ${LABEL_PREFIX}/team keeps it exactly.`
          : `${id}: the team has no characters a label value allows; only the annotation ${LABEL_PREFIX}/team carries it.`,
      });
    }
  }
  return labels;
}

function annotationsFor(reg: Registration): Record<string, string> {
  const s: Service = reg.service;
  const a: Record<string, string> = { [`${LABEL_PREFIX}/service-id`]: s.id, [`${LABEL_PREFIX}/service-name`]: s.name };
  if (reg.meta.team !== undefined) a[`${LABEL_PREFIX}/team`] = reg.meta.team;
  if (s.technology !== undefined) a[`${LABEL_PREFIX}/technology`] = s.technology;
  if (s.version !== undefined) a[`${LABEL_PREFIX}/version`] = s.version;
  if (reg.tags.length > 0) a[`${LABEL_PREFIX}/tags`] = JSON.stringify(reg.tags);
  if (s.description !== undefined) a[`${LABEL_PREFIX}/description`] = s.description;
  return a;
}

/**
 * The services each service calls, as the env addresses a real manifest gives
 * a client (`PAYMENT_SERVICE_ADDR=payment-service:8080`; `_GRPC_ADDR` for gRPC),
 * so the manifests say who calls whom and import back to the same flows.
 */
function listCalls(design: Design, names: Map<string, string>): Map<string, { name: string; value: string }[]> {
  const port = new Map((design.services ?? []).map((s) => [s.id, s.port ?? DEFAULT_SERVICE_PORT]));
  const calls = new Map<string, { name: string; value: string }[]>();
  for (const f of design.flows ?? []) {
    const to = names.get(f.to);
    if (!names.has(f.from) || to === undefined || f.from === f.to) continue;
    const list = calls.get(f.from) ?? [];
    const name = `${to.toUpperCase().replace(/-/g, "_")}${f.protocol === "grpc" ? "_GRPC" : ""}_ADDR`;
    if (!list.some((e) => e.name === name)) list.push({ name, value: `${to}:${port.get(f.to)!}` });
    calls.set(f.from, list);
  }
  return calls;
}

function deploymentSpec(reg: Registration, name: string, labels: Record<string, string>, port: number, notes: Caveat[], env: { name: string; value: string }[]): Record<string, unknown> {
  const id = reg.service.id;
  const h = reg.health;
  const seconds = (ms: number, what: string) => {
    const s = Math.max(1, Math.ceil(ms / 1000));
    if (s * 1000 !== ms) notes.push({ elements: [id], message: `${id}: Kubernetes probes count whole seconds; the ${what} is rounded up to ${s}s.` });
    return s;
  };
  const periodSeconds = seconds(h.intervalMs, `health check interval ${h.interval}`);
  const timeoutSeconds = seconds(h.timeoutMs, `health check timeout ${h.timeout}`);
  // "Deregister after" maps to how many failed probes take the pod out of the Service: 30s / 10s = 3, Kubernetes' own default.
  const failureThreshold = Math.max(1, Math.ceil(h.deregisterAfterMs / (periodSeconds * 1000)));
  if (reg.instances.some((i) => i.port !== port)) {
    notes.push({ elements: [id], code: "kubernetes.otherPorts", params: { id, port }, message: `${id}: instances listen on other ports than the service port ${port}; every pod gets containerPort ${port}.` });
  }
  if (reg.instances.some((i) => i.weight !== reg.instances[0]!.weight)) {
    notes.push({ elements: [id], code: "kubernetes.noWeights", params: { id }, message: `${id}: a Kubernetes Service spreads traffic evenly; the instance weights are not exported.` });
  }
  if (reg.service.instances && reg.service.instances.length > 0) {
    notes.push({ elements: [id], code: "kubernetes.hostsUnused", params: { id, replicas: reg.instances.length }, message: `${id}: the instance hosts are not used; Kubernetes gives each of the ${reg.instances.length} replicas its own pod address.` });
  }
  const tag = reg.service.version && IMAGE_TAG.test(reg.service.version) ? reg.service.version : "latest";
  return {
    replicas: reg.instances.length,
    selector: { matchLabels: { "app.kubernetes.io/name": name } },
    template: {
      metadata: { labels },
      spec: {
        containers: [
          {
            name,
            image: `${IMAGE_REGISTRY_PLACEHOLDER}/${name}:${tag}`,
            ports: [{ name: "http", containerPort: port, protocol: "TCP" }],
            ...(env.length > 0 ? { env } : {}),
            readinessProbe: { httpGet: { path: h.path, port: "http" }, periodSeconds, timeoutSeconds, failureThreshold },
          },
        ],
      },
    },
  };
}

/** The manifests as YAML documents with their comments, in file order. */
export function listKubernetesDocuments(design: Design, words: CaveatWords = ENGLISH_CAVEAT_WORDS): { docs: YamlDocument[]; caveats: Caveat[] } {
  const { objects, caveats, perService } = listKubernetesObjects(design);
  const header = [
    "Generated by Seams: a Deployment and a Service per service. Replace the image placeholders before applying.",
    "readinessProbe failureThreshold = the health check's deregister-after divided by its interval.",
  ];
  const docs: YamlDocument[] = objects.map((obj, i) => {
    const comments: string[] = i === 0 ? [...header] : [];
    if (obj.kind === "Deployment") comments.push(...(perService.get(obj.metadata.annotations![`${LABEL_PREFIX}/service-id`]!) ?? []).map((c) => `${words.note} ${words.caveat(c)}`));
    return { value: obj, comments };
  });
  if (docs.length === 0) docs.push({ value: { apiVersion: "v1", kind: "List", items: [] }, comments: ["The design has no services."] });
  return { docs, caveats };
}

/**
 * The Kubernetes manifests for a design.
 * @example parseAllDocuments(generateKubernetes(mallGo).content).length === 20
 */
export function generateKubernetes(design: Design, options: ExportOptions = {}): ExportOutput {
  const { docs, caveats } = listKubernetesDocuments(design, options.words);
  return { fileName: "kubernetes.yaml", mediaType: "application/yaml", content: stringifyYaml(docs), caveats };
}
