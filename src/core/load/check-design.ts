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
  // Id -> where it was first claimed, as a number (collection and index packed) rather than an object and a path
  // string per element: on 10,000 services those were most of this pass. Paths are spelt out only for errors.
  const kindOf = new Map<string, number>();
  const FIELDS = [...ELEMENT_KINDS.map((kind) => COLLECTION_OF[kind]), "flows"] as const;
  const KINDS = [...ELEMENT_KINDS, "flow"] as const;
  const STRIDE = 8;
  const kindAt = (claim: number) => KINDS[claim % STRIDE]!;
  const pathAt = (claim: number) => `${FIELDS[claim % STRIDE]!}[${Math.floor(claim / STRIDE)}]`;

  const claimAll = (items: readonly { id: string }[] | undefined, c: number) => {
    if (!items) return;
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      const prior = kindOf.get(id);
      if (prior !== undefined) {
        const at = pathAt(prior);
        errors.push(loadError(`${FIELDS[c]!}[${i}].id`, "duplicate-id", `id "${id}" is already used by ${at}; ids must be unique across the whole design`, { id, prior: at }));
      } else kindOf.set(id, i * STRIDE + c);
    }
  };
  FIELDS.forEach((field, c) => claimAll(design[field], c));

  for (const field of ["services", "databases", "brokers"] as const) {
    (design[field] ?? []).forEach((el, i) => {
      if (el.context === undefined) return;
      const claim = kindOf.get(el.context);
      const kind = claim === undefined ? undefined : kindAt(claim);
      if (!kind) errors.push(loadError(`${field}[${i}].context`, "no-context", `no context "${el.context}" in this design`, { id: el.context }));
      else if (kind !== "context") errors.push(loadError(`${field}[${i}].context`, "not-a-context", `"${el.context}" is ${kind === "flow" ? "a flow" : ARTICLE[kind]}, not a context`, { id: el.context, kind }));
    });
  }

  const routes = new Map<string, string>();
  const flows = design.flows ?? [];
  for (let i = 0; i < flows.length; i++) {
    const flow = flows[i]!;
    const fromClaim = kindOf.get(flow.from);
    const toClaim = kindOf.get(flow.to);
    const from = fromClaim === undefined ? undefined : kindAt(fromClaim);
    const to = toClaim === undefined ? undefined : kindAt(toClaim);
    // The common case, a service calling a service with a fitting protocol, needs no path string.
    if (from === "service" && to === "service" && flow.from !== flow.to && protocolProblem(flow.kind, flow.protocol) === undefined) continue;
    const at = `flows[${i}]`;
    if (!from) errors.push(loadError(`${at}.from`, "no-element", `no element "${flow.from}" in this design`, { id: flow.from }));
    else if (from === "flow") errors.push(loadError(`${at}.from`, "endpoint-is-flow", `"${flow.from}" is a flow; flows connect elements`, { id: flow.from }));
    if (!to) errors.push(loadError(`${at}.to`, "no-element", `no element "${flow.to}" in this design`, { id: flow.to }));
    else if (to === "flow") errors.push(loadError(`${at}.to`, "endpoint-is-flow", `"${flow.to}" is a flow; flows connect elements`, { id: flow.to }));
    if (flow.from === flow.to) {
      errors.push(loadError(`${at}.to`, "self-flow", "a flow cannot go from an element to itself"));
      continue;
    }
    if (!from || !to || from === "flow" || to === "flow") continue;
    const problem = connectionProblemCode(from, to);
    if (problem) {
      errors.push(loadError(from === "context" || (to !== "context" && from !== "service") ? `${at}.from` : `${at}.to`, problem.code, problem.message, problem.params));
      continue;
    }
    const need = requiredKind(from, to);
    if (need && flow.kind !== need) {
      const [reason, why] = KIND_REASON(from, to, need);
      errors.push(loadError(`${at}.kind`, "kind-required", `must be "${need}": ${why}`, { kind: need, reason }));
    }
    const wrongProtocol = protocolProblem(flow.kind, flow.protocol);
    if (wrongProtocol) errors.push(loadError(`${at}.protocol`, flow.kind === "sync" ? "protocol-async" : "protocol-sync", wrongProtocol, { protocol: flow.protocol ?? "" }));
    if (from === "gateway") {
      const path = effectiveRoutePath(flow);
      const key = `${flow.from} ${path}`;
      const prior = routes.get(key);
      if (prior !== undefined) errors.push(loadError(`${at}.path`, "route-taken", `route "${path}" on gateway "${flow.from}" is already used by ${prior}; each route prefix goes to one service`, { route: path, gateway: flow.from, prior }));
      else routes.set(key, `${at}`);
    }
  }

  const staleLayout = Object.keys(design.layout ?? {}).filter((id) => {
    const claim = kindOf.get(id);
    return claim === undefined || kindAt(claim) === "flow";
  });
  return { errors, staleLayout };
}
