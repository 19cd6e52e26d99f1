/**
 * The design an import builds up, before it goes through `loadDesign`: the
 * importers add elements and flows by the names the manifests use, and every
 * addition is recorded in the report with where it came from and why.
 */
import type { Broker, Context, Database, Design, ElementKind, Flow, Gateway, Service } from "../model/schema";
import { FORMAT, FORMAT_VERSION } from "../model/schema";
import { IdRegistry, idFromName } from "./derive-id";
import type { FoundItem, ImportKind, ImportReport } from "./types";

type Fields = Partial<Service & Database & Broker & Gateway>;
type AnyEl = (Service | Database | Broker | Gateway) & { id: string; name: string };
type FlowFields = Partial<Pick<Flow, "kind" | "protocol" | "event" | "path" | "label" | "public" | "methods">>;

type ElKind = "service" | "database" | "broker" | "gateway";

export class Draft {
  readonly ids = new IdRegistry();
  private readonly contexts = new Map<string, Context>();
  private readonly elements = new Map<string, { kind: ElKind; el: AnyEl }>();
  private readonly flows = new Map<string, { flow: Flow; reasons: string[] }>();
  private readonly routes = new Map<string, string>();
  private readonly found: FoundItem[] = [];
  private readonly inferredLines: string[] = [];
  private readonly skippedLines = new Set<string>();
  readonly files: { name: string; kind: ImportKind }[] = [];

  /** A context for a name (a namespace, a System, a network), created on first use. */
  context(name: string, from: string, fields: Partial<Context> = {}): string {
    const id = this.ids.idOf(name, "context", fields.id);
    const prior = this.contexts.get(id);
    if (prior) {
      fillMissing(prior, fields);
      return id;
    }
    const ctx: Context = { ...fields, id, name: clip(fields.name ?? name) || id };
    this.contexts.set(id, ctx);
    this.found.push({ id, kind: "context", name: ctx.name, from });
    return id;
  }

  /**
   * Adds an element by the name the source uses, or fills in fields of the one
   * already added under that name. Returns its id.
   */
  element(kind: ElKind, name: string, from: string, fields: Fields = {}, hint?: string): string {
    const id = this.ids.idOf(name, "", fields.id);
    const prior = this.elements.get(id);
    if (prior) {
      fillMissing(prior.el, fields);
      return id;
    }
    const el = { ...fields, id, name: clip(fields.name ?? name) || id } as AnyEl;
    this.elements.set(id, { kind, el });
    this.found.push({ id, kind, name: el.name, from, ...(hint ? { hint } : {}) });
    return id;
  }

  /** The id already given to a name, if the import has seen it. */
  lookup(name: string): string | undefined {
    const id = this.ids.peek(name);
    return id !== undefined && this.elements.has(id) ? id : undefined;
  }

  kindOf(id: string): ElementKind | undefined {
    return this.elements.get(id)?.kind ?? (this.contexts.has(id) ? "context" : undefined);
  }

  get(id: string): AnyEl | undefined {
    return this.elements.get(id)?.el;
  }

  /** Every element of one kind, in the order found. */
  all(kind: ElKind): AnyEl[] {
    return [...this.elements.values()].filter((e) => e.kind === kind).map((e) => e.el);
  }

  /**
   * A flow between two elements, once per pair (and event); a second reason
   * for the same flow is added to its line in the report. The kind follows
   * the ends: data access is sync, a broker is async.
   */
  flow(from: string, to: string, why: string, fields: FlowFields = {}): void {
    const a = this.kindOf(from);
    const b = this.kindOf(to);
    if (!a || !b || from === to) return;
    const kind: Flow["kind"] = b === "database" || a === "gateway" ? "sync" : a === "broker" || b === "broker" ? "async" : (fields.kind ?? "sync");
    const key = `${from}\u0000${to}\u0000${fields.event ?? ""}\u0000${fields.path ?? ""}`;
    if (a === "gateway") {
      // A route needs a service behind it: an Ingress in front of what looks like a database (by its image) is left out, not made into an invalid design.
      if (b !== "service") {
        this.skipped(`route ${fields.path ?? `/${to}`} on ${this.get(from)?.name ?? from} to ${this.get(to)?.name ?? to}: that looks like a ${b}, and a gateway routes to services (${why})`);
        return;
      }
      const route = `${from}\u0000${fields.path ?? `/${to}`}`;
      const taken = this.routes.get(route);
      if (taken !== undefined && taken !== to) {
        this.skipped(`route ${fields.path ?? `/${to}`} on ${this.get(from)?.name ?? from} to ${this.get(to)?.name ?? to}: the prefix already goes to ${this.get(taken)?.name ?? taken} (${why})`);
        return;
      }
      this.routes.set(route, to);
    }
    const prior = this.flows.get(key);
    if (prior) {
      if (!prior.reasons.includes(why)) prior.reasons.push(why);
      return;
    }
    const protocol = b !== "database" && fields.protocol && (kind === "sync") === (fields.protocol === "http" || fields.protocol === "grpc") ? fields.protocol : undefined;
    const flow: Flow = { id: this.ids.idOf(key, "flow", idFromName(`${from}-to-${to}${fields.event ? `-${fields.event}` : ""}`)), from, to, ...fields, kind };
    if (protocol) flow.protocol = protocol;
    else delete flow.protocol;
    this.flows.set(key, { flow, reasons: [why] });
  }

  /** A line for the "inferred" part of the preview: what was guessed and from what. */
  inferred(line: string): void {
    this.inferredLines.push(line);
  }

  skipped(line: string): void {
    this.skippedLines.add(line);
  }

  report(): ImportReport {
    const flowLines = [...this.flows.values()].map(({ flow, reasons }) => {
      const name = (id: string) => this.elements.get(id)?.el.name ?? id;
      const what = this.kindOf(flow.from) === "gateway" ? "route" : "flow";
      return `${what} ${name(flow.from)} → ${name(flow.to)}${flow.event ? ` (${flow.event})` : ""}${flow.path ? ` ${flow.path}` : ""}: ${reasons.join("; ")}`;
    });
    return { files: [...this.files], found: [...this.found], inferred: [...this.inferredLines, ...flowLines], skipped: [...this.skippedLines] };
  }

  /** The design as plain data, for `loadDesign`. */
  toDesign(name: string): Design {
    const pick = (k: ElKind) => this.all(k);
    return {
      format: FORMAT,
      version: FORMAT_VERSION,
      name: clip(name) || "Imported design",
      contexts: [...this.contexts.values()],
      services: pick("service") as Service[],
      databases: pick("database") as Database[],
      brokers: pick("broker") as Broker[],
      gateways: pick("gateway") as Gateway[],
      flows: [...this.flows.values()].map((f) => f.flow),
    };
  }
}

function fillMissing(target: object, fields: object): void {
  const t = target as Record<string, unknown>;
  for (const [k, v] of Object.entries(fields)) if (t[k] === undefined && v !== undefined) t[k] = v;
}

/** Names are at most 100 characters in the format. */
export function clip(s: string, max = 100): string {
  const t = s.trim();
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
}
