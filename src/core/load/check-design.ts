import type { Design, ElementKind, Flow } from "../model/schema";
import { SYNC_PROTOCOLS } from "../model/schema";
import { COLLECTION_OF, ELEMENT_KINDS } from "../model/elements";
import { effectiveRoutePath } from "../model/defaults";
import type { LoadError } from "./load-error";

const ARTICLE: Record<ElementKind, string> = { context: "a context", service: "a service", database: "a database", broker: "a broker", gateway: "a gateway" };

/**
 * Why a flow between two kinds of element is not allowed, or undefined when it
 * is. Shared by the loader and the canvas (which refuses the connection with
 * this reason before it ever reaches the design).
 */
export function connectionProblem(from: ElementKind, to: ElementKind): string | undefined {
  if (from === "context" || to === "context") return "a flow connects elements, not contexts: connect it to an element inside the context";
  if (from === "service" && (to === "service" || to === "database" || to === "broker")) return undefined;
  if (from === "broker" && to === "service") return undefined;
  if (from === "gateway" && to === "service") return undefined;
  if (from === "database") return "a database does not call anything: draw the flow from the service that uses it";
  if (from === "broker") return `a broker only delivers to services, not to ${ARTICLE[to]}`;
  if (from === "gateway") return `a gateway routes to services, not to ${ARTICLE[to]}`;
  return `${ARTICLE[from]} cannot call ${ARTICLE[to]}`;
}

/** The flow kind a pair of endpoints requires, if it requires one. */
export function requiredKind(from: ElementKind, to: ElementKind): Flow["kind"] | undefined {
  if (to === "database" || from === "gateway") return "sync";
  if (to === "broker" || from === "broker") return "async";
  return undefined;
}

/**
 * Why a protocol does not fit a flow's kind, or undefined when it does (or is
 * not set). Shared by the loader and the inspector.
 * @example protocolProblem("sync", "event") === '"event" is an async protocol; a sync flow uses http or grpc'
 */
export function protocolProblem(kind: Flow["kind"], protocol: Flow["protocol"]): string | undefined {
  if (protocol === undefined || (SYNC_PROTOCOLS as readonly string[]).includes(protocol) === (kind === "sync")) return undefined;
  return kind === "sync" ? `"${protocol}" is an async protocol; a sync flow uses http or grpc` : `"${protocol}" is a sync protocol; an async flow uses event or message`;
}

const KIND_REASON = (from: ElementKind, to: ElementKind, kind: Flow["kind"]): string => {
  if (to === "database") return "data access is always sync";
  if (from === "gateway") return "a gateway route is always sync";
  if (to === "broker") return "publishing to a broker is always async";
  if (from === "broker") return "a broker delivers asynchronously";
  return `must be ${kind}`;
};

/**
 * The rules of the format that a schema cannot state alone: unique ids,
 * references, flow endpoints, kind vs protocol, one gateway route per prefix.
 * Returns the errors and the layout keys that name no element (dropped).
 */
export function checkDesign(design: Design): { errors: LoadError[]; staleLayout: string[] } {
  const errors: LoadError[] = [];
  const kindOf = new Map<string, { kind: ElementKind | "flow"; at: string }>();

  const claim = (id: string, kind: ElementKind | "flow", at: string) => {
    const prior = kindOf.get(id);
    if (prior) errors.push({ path: `${at}.id`, message: `id "${id}" is already used by ${prior.at}; ids must be unique across the whole design` });
    else kindOf.set(id, { kind, at });
  };
  for (const kind of ELEMENT_KINDS) {
    const field = COLLECTION_OF[kind];
    (design[field] ?? []).forEach((el, i) => claim(el.id, kind, `${field}[${i}]`));
  }
  (design.flows ?? []).forEach((f, i) => claim(f.id, "flow", `flows[${i}]`));

  for (const field of ["services", "databases", "brokers"] as const) {
    (design[field] ?? []).forEach((el, i) => {
      if (el.context === undefined) return;
      const target = kindOf.get(el.context);
      if (!target) errors.push({ path: `${field}[${i}].context`, message: `no context "${el.context}" in this design` });
      else if (target.kind !== "context") errors.push({ path: `${field}[${i}].context`, message: `"${el.context}" is ${target.kind === "flow" ? "a flow" : ARTICLE[target.kind]}, not a context` });
    });
  }

  const routes = new Map<string, string>();
  (design.flows ?? []).forEach((flow, i) => {
    const at = `flows[${i}]`;
    const from = kindOf.get(flow.from);
    const to = kindOf.get(flow.to);
    if (!from) errors.push({ path: `${at}.from`, message: `no element "${flow.from}" in this design` });
    else if (from.kind === "flow") errors.push({ path: `${at}.from`, message: `"${flow.from}" is a flow; flows connect elements` });
    if (!to) errors.push({ path: `${at}.to`, message: `no element "${flow.to}" in this design` });
    else if (to.kind === "flow") errors.push({ path: `${at}.to`, message: `"${flow.to}" is a flow; flows connect elements` });
    if (flow.from === flow.to) {
      errors.push({ path: `${at}.to`, message: "a flow cannot go from an element to itself" });
      return;
    }
    if (!from || !to || from.kind === "flow" || to.kind === "flow") return;
    const problem = connectionProblem(from.kind, to.kind);
    if (problem) {
      errors.push({ path: from.kind === "context" || (to.kind !== "context" && from.kind !== "service") ? `${at}.from` : `${at}.to`, message: problem });
      return;
    }
    const need = requiredKind(from.kind, to.kind);
    if (need && flow.kind !== need) errors.push({ path: `${at}.kind`, message: `must be "${need}": ${KIND_REASON(from.kind, to.kind, need)}` });
    const wrongProtocol = protocolProblem(flow.kind, flow.protocol);
    if (wrongProtocol) errors.push({ path: `${at}.protocol`, message: wrongProtocol });
    if (from.kind === "gateway") {
      const path = effectiveRoutePath(flow);
      const key = `${flow.from} ${path}`;
      const prior = routes.get(key);
      if (prior !== undefined) errors.push({ path: `${at}.path`, message: `route "${path}" on gateway "${flow.from}" is already used by ${prior}; each route prefix goes to one service` });
      else routes.set(key, `${at}`);
    }
  });

  const staleLayout = Object.keys(design.layout ?? {}).filter((id) => {
    const k = kindOf.get(id);
    return !k || k.kind === "flow";
  });
  return { errors, staleLayout };
}
