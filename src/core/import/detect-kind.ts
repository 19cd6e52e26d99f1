import { obj, str } from "./plain";
import type { ImportKind } from "./types";

/**
 * What a file is, from its parsed documents; "seams" for a Seams design.
 * @example detectKind([{ apiVersion: "apps/v1", kind: "Deployment" }]) === "k8s"
 */
export function detectKind(docs: unknown[]): ImportKind | "seams" | undefined {
  const first = obj(docs[0]);
  if (!first) return undefined;
  if (first.format === "seams-design") return "seams";
  if (str(first.openapi)?.startsWith("3") || str(first.swagger)?.startsWith("2")) return "openapi";
  if (str(first.asyncapi) !== undefined) return "asyncapi";
  const all = docs.map(obj);
  if (all.some((d) => /^backstage\.io\//.test(str(d?.apiVersion) ?? ""))) return "backstage";
  if (all.some((d) => str(d?.apiVersion) !== undefined && str(d?.kind) !== undefined)) return "k8s";
  if (obj(first.services)) return "compose";
  return undefined;
}

export const KIND_EXPECTATION =
  "expected Kubernetes manifests (apiVersion and kind), a Compose file (services:), a Backstage catalog (apiVersion backstage.io/...), an OpenAPI/Swagger or an AsyncAPI document";
