import type { ElementKind } from "../model/schema";

/** The sources Seams reads; the CLI's `--kind` takes these words. */
export const IMPORT_KINDS = ["k8s", "compose", "backstage", "openapi", "asyncapi"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_KIND_LABEL: Record<ImportKind, string> = {
  k8s: "Kubernetes manifests",
  compose: "Docker Compose file",
  backstage: "Backstage catalog",
  openapi: "OpenAPI / Swagger",
  asyncapi: "AsyncAPI",
};

/** One file to import: its name (for messages and the design name) and its text. */
export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportOptions {
  /** The kind of every file; detected per file when not given. */
  kind?: ImportKind;
  /** OpenAPI paths also become routes on a gateway ("where asked"). */
  gatewayRoutes?: boolean;
}

/** An element the import found, with where it came from; `hint` says why a person might leave it out. */
export interface FoundItem {
  id: string;
  kind: ElementKind;
  name: string;
  from: string;
  hint?: string;
}

/** What an import found, what it inferred and why, and what it left out: the preview shows all three. */
export interface ImportReport {
  files: { name: string; kind: ImportKind }[];
  found: FoundItem[];
  inferred: string[];
  skipped: string[];
}
