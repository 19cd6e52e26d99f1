/**
 * An OpenAPI 3 or Swagger 2 description to a service's endpoints and, when
 * asked, gateway routes (one per first path segment).
 */
import { HTTP_METHODS, PATH_PATTERN, type Endpoint } from "../model/schema";
import type { Draft } from "./draft";
import { findOwner } from "./find-owner";
import { arr, obj, str } from "./plain";

const MAX_ENDPOINTS = 500;

export function importOpenApi(doc: unknown, file: string, draft: Draft, options: { gatewayRoutes?: boolean }): void {
  const root = obj(doc) ?? {};
  const version = str(root.openapi) ?? str(root.swagger) ?? "";
  const from = `${root.swagger ? "Swagger" : "OpenAPI"} ${version} (${file})`;
  const owner = findOwner(root, file, draft, from);
  const ownerName = draft.get(owner)?.name ?? owner;
  draft.inferred(`the paths of ${file} are ${ownerName}'s endpoints`);
  const base = basePath(root);
  const endpoints: Endpoint[] = [];
  let invalid = 0;
  for (const [rawPath, item] of Object.entries(obj(root.paths) ?? {})) {
    const path = joinPath(base, rawPath);
    if (!PATH_PATTERN.test(path) || path.length > 200) {
      invalid++;
      continue;
    }
    for (const method of Object.keys(obj(item) ?? {})) {
      const m = method.toUpperCase();
      if ((HTTP_METHODS as readonly string[]).includes(m)) endpoints.push({ method: m as Endpoint["method"], path });
    }
  }
  if (invalid) draft.skipped(`${invalid} path${invalid === 1 ? "" : "s"} of ${file}: characters a route cannot carry`);
  if (endpoints.length > MAX_ENDPOINTS) draft.skipped(`${endpoints.length - MAX_ENDPOINTS} endpoints of ${file}: a service keeps at most ${MAX_ENDPOINTS}`);
  const el = draft.get(owner) as { endpoints?: Endpoint[] } | undefined;
  if (el) {
    const seen = new Set((el.endpoints ?? []).map((e) => `${e.method} ${e.path}`));
    const merged = [...(el.endpoints ?? [])];
    for (const e of endpoints) {
      const key = `${e.method} ${e.path}`;
      if (seen.has(key) || merged.length >= MAX_ENDPOINTS) continue;
      merged.push(e);
      seen.add(key);
    }
    el.endpoints = merged;
  }
  if (!options.gatewayRoutes) return;
  const gateways = draft.all("gateway");
  const gw = gateways.length === 1 ? gateways[0]!.id : draft.element("gateway", "api-gateway", `routes asked for ${file}`);
  const prefixes = new Set(endpoints.map((e) => joinPath(base, `/${e.path.slice(base.length).split("/")[1] ?? ""}`)));
  for (const p of prefixes) if (!p.includes("{")) draft.flow(gw, owner, `${file}: paths under ${p}`, { path: p, public: true });
}

function basePath(root: Record<string, unknown>): string {
  const raw = str(root.basePath) ?? str(obj(arr(root.servers)[0])?.url) ?? "";
  const path = raw.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").replace(/\{[^}]*\}/g, "").replace(/\/+$/, "");
  return path.startsWith("/") && PATH_PATTERN.test(path) ? path : "";
}

function joinPath(base: string, path: string): string {
  const p = path.startsWith("/") ? path : `/${path}`;
  return (base + p).replace(/\/{2,}/g, "/");
}
