import type { Design, ElementKind, Flow } from "../model/schema";
import { SYNC_PROTOCOLS } from "../model/schema";
import { COLLECTION_OF, ELEMENT_KINDS } from "../model/elements";
import { effectiveRoutePath } from "../model/defaults";
import { loadError, type LoadError, type LoadErrorCode } from "./load-error";

const ARTICLE: Record<ElementKind, string> = { context: "a context", service: "a service", database: "a database", broker: "a broker", gateway: "a gateway" };

/**
 * Why a flow between two kinds of element is not allowed, or undefined when it
 * is. Shared by the loader and the canvas (which refuses the connection with
 * this reason before it ever reaches the design).
 */
export function connectionProblem(from: ElementKind, to: ElementKind): string | undefined {
  return connectionProblemCode(from, to)?.message;
}

/** `connectionProblem` with its code and params (`from`, `to`: element kinds), for a catalog. */
export function connectionProblemCode(from: ElementKind, to: ElementKind): { code: LoadErrorCode; message: string; params: { from: ElementKind; to: ElementKind } } | undefined {
  const params = { from, to };
  if (from === "context" || to === "context") return { code: "connect-context", message: "a flow connects elements, not contexts: connect it to an element inside the context", params };
  if (from === "service" && (to === "service" || to === "database" || to === "broker")) return undefined;
  if (from === "broker" && to === "service") return undefined;
  if (from === "gateway" && to === "service") return undefined;
  if (from === "database") return { code: "database-calls", message: "a database does not call anything: draw the flow from the service that uses it", params };
  if (from === "broker") return { code: "broker-delivers-to", message: `a broker only delivers to services, not to ${ARTICLE[to]}`, params };
  if (from === "gateway") return { code: "gateway-routes-to", message: `a gateway routes to services, not to ${ARTICLE[to]}`, params };
  return { code: "cannot-call", message: `${ARTICLE[from]} cannot call ${ARTICLE[to]}`, params };
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

/** Why a flow between these kinds must be sync or async: the reason's code (`load.reason.<code>` in a catalog) and its English. */
const KIND_REASON = (from: ElementKind, to: ElementKind, kind: Flow["kind"]): [string, string] => {
  if (to === "database") return ["dataAccess", "data access is always sync"];
  if (from === "gateway") return ["gatewayRoute", "a gateway route is always sync"];
  if (to === "broker") return ["publish", "publishing to a broker is always async"];
  if (from === "broker") return ["delivery", "a broker delivers asynchronously"];
  return ["other", `must be ${kind}`];
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
    if (prior) errors.push(loadError(`${at}.id`, "duplicate-id", `id "${id}" is already used by ${prior.at}; ids must be unique across the whole design`, { id, prior: prior.at }));
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
      if (!target) errors.push(loadError(`${field}[${i}].context`, "no-context", `no context "${el.context}" in this design`, { id: el.context }));
      else if (target.kind !== "context")
        errors.push(loadError(`${field}[${i}].context`, "not-a-context", `"${el.context}" is ${target.kind === "flow" ? "a flow" : ARTICLE[target.kind]}, not a context`, { id: el.context, kind: target.kind }));
    });
  }

  const routes = new Map<string, string>();
  (design.flows ?? []).forEach((flow, i) => {
    const at = `flows[${i}]`;
    const from = kindOf.get(flow.from);
    const to = kindOf.get(flow.to);
    if (!from) errors.push(loadError(`${at}.from`, "no-element", `no element "${flow.from}" in this design`, { id: flow.from }));
    else if (from.kind === "flow") errors.push(loadError(`${at}.from`, "endpoint-is-flow", `"${flow.from}" is a flow; flows connect elements`, { id: flow.from }));
    if (!to) errors.push(loadError(`${at}.to`, "no-element", `no element "${flow.to}" in this design`, { id: flow.to }));
    else if (to.kind === "flow") errors.push(loadError(`${at}.to`, "endpoint-is-flow", `"${flow.to}" is a flow; flows connect elements`, { id: flow.to }));
    if (flow.from === flow.to) {
      errors.push(loadError(`${at}.to`, "self-flow", "a flow cannot go from an element to itself"));
      return;
    }
    if (!from || !to || from.kind === "flow" || to.kind === "flow") return;
    const problem = connectionProblemCode(from.kind, to.kind);
    if (problem) {
      errors.push(loadError(from.kind === "context" || (to.kind !== "context" && from.kind !== "service") ? `${at}.from` : `${at}.to`, problem.code, problem.message, problem.params));
      return;
    }
    const need = requiredKind(from.kind, to.kind);
    if (need && flow.kind !== need) {
      const [reason, why] = KIND_REASON(from.kind, to.kind, need);
      errors.push(loadError(`${at}.kind`, "kind-required", `must be "${need}": ${why}`, { kind: need, reason }));
    }
    const wrongProtocol = protocolProblem(flow.kind, flow.protocol);
    if (wrongProtocol) errors.push(loadError(`${at}.protocol`, flow.kind === "sync" ? "protocol-async" : "protocol-sync", wrongProtocol, { protocol: flow.protocol ?? "" }));
    if (from.kind === "gateway") {
      const path = effectiveRoutePath(flow);
      const key = `${flow.from} ${path}`;
      const prior = routes.get(key);
      if (prior !== undefined) errors.push(loadError(`${at}.path`, "route-taken", `route "${path}" on gateway "${flow.from}" is already used by ${prior}; each route prefix goes to one service`, { route: path, gateway: flow.from, prior }));
      else routes.set(key, `${at}`);
    }
  });

  const staleLayout = Object.keys(design.layout ?? {}).filter((id) => {
    const k = kindOf.get(id);
    return !k || k.kind === "flow";
  });
  return { errors, staleLayout };
}
