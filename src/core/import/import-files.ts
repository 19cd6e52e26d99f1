/**
 * The one entry for importing: files in, a design out through `loadDesign`
 * (the same gate as every other input), with the report the preview shows.
 */
import { loadDesign } from "../load/load-design";
import { formatLoadError } from "../load/load-error";
import type { Design } from "../model/schema";
import { detectKind, KIND_EXPECTATION } from "./detect-kind";
import { Draft } from "./draft";
import { fileStem } from "./find-owner";
import { importAsyncApi } from "./import-asyncapi";
import { importBackstage } from "./import-backstage";
import { importCompose } from "./import-compose";
import { importKubernetes } from "./import-kubernetes";
import { importOpenApi } from "./import-openapi";
import { obj, str } from "./plain";
import { readYaml } from "./read-yaml";
import { IMPORT_KIND_LABEL, type ImportFile, type ImportKind, type ImportOptions, type ImportReport } from "./types";

export type ImportOutcome = { ok: true; design: Design; report: ImportReport; warnings: string[] } | { ok: false; errors: string[] };

/** Structure first (what runs), then the API descriptions that attach to it. */
const ORDER: ImportKind[] = ["k8s", "compose", "backstage", "openapi", "asyncapi"];
export const MAX_IMPORT_FILES = 200;

/**
 * @example importFiles([{ name: "compose.yaml", text }]).ok && design.services.length
 */
export function importFiles(files: readonly ImportFile[], options: ImportOptions = {}): ImportOutcome {
  if (files.length === 0) return { ok: false, errors: ["no files to import"] };
  if (files.length > MAX_IMPORT_FILES) return { ok: false, errors: [`too many files (${files.length}; at most ${MAX_IMPORT_FILES})`] };
  const errors: string[] = [];
  const parsed: { file: ImportFile; kind: ImportKind; docs: unknown[] }[] = [];
  for (const file of files) {
    const read = readYaml(file.text);
    if (!read.ok) {
      errors.push(`${file.name}: ${read.message}`);
      continue;
    }
    const detected = detectKind(read.docs);
    if (detected === "seams") {
      errors.push(`${file.name}: a Seams design, not something to import: open it instead`);
      continue;
    }
    const kind = options.kind ?? detected;
    if (!kind) {
      errors.push(`${file.name}: cannot tell what this is; ${KIND_EXPECTATION}`);
      continue;
    }
    parsed.push({ file, kind, docs: read.docs });
  }
  if (errors.length) return { ok: false, errors };

  const draft = new Draft();
  parsed.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  // Kubernetes files are read together: a Deployment and the Service it calls may sit in different files.
  const k8s = parsed.filter((p) => p.kind === "k8s");
  if (k8s.length) importKubernetes(k8s.map((p) => ({ file: p.file.name, docs: p.docs })), draft);
  // Compose files combine as `docker compose -f base.yml -f override.yml` does: a later file's service fields win.
  const compose = parsed.filter((p) => p.kind === "compose");
  if (compose.length) importCompose(combineCompose(compose.flatMap((p) => p.docs)), compose.map((p) => p.file.name).join(", "), draft);
  for (const { file, kind, docs } of parsed) {
    draft.files.push({ name: file.name, kind });
    switch (kind) {
      case "k8s":
      case "compose":
        break;
      case "backstage":
        importBackstage(docs, file.name, draft);
        break;
      case "openapi":
        for (const d of docs) importOpenApi(d, file.name, draft, options);
        break;
      case "asyncapi":
        for (const d of docs) importAsyncApi(d, file.name, draft);
        break;
    }
  }
  const report = draft.report();
  if (report.found.every((f) => f.kind === "context")) {
    const kinds = [...new Set(parsed.map((p) => IMPORT_KIND_LABEL[p.kind]))].join(", ");
    return { ok: false, errors: [`found no services, databases or brokers in ${files.map((f) => f.name).join(", ")} (read as ${kinds})`] };
  }
  const composeName = parsed.map((p) => (p.kind === "compose" ? str(obj(p.docs[0])?.name) : undefined)).find(Boolean);
  const name = composeName ?? (files.length === 1 ? fileStem(files[0]!.name) : `${fileStem(files[0]!.name)} and ${files.length - 1} more`);
  const loaded = loadDesign(draft.toDesign(name));
  if (!loaded.ok) return { ok: false, errors: ["the imported design is not valid (please report this):", ...loaded.errors.map(formatLoadError)] };
  return { ok: true, design: loaded.design, report, warnings: loaded.warnings };
}

function combineCompose(docs: unknown[]): Record<string, unknown> {
  if (docs.length === 1) return obj(docs[0]) ?? {};
  const services: Record<string, Record<string, unknown>> = {};
  const networks: Record<string, unknown> = {};
  let name: unknown;
  for (const d of docs) {
    const o = obj(d) ?? {};
    name ??= o.name;
    Object.assign(networks, obj(o.networks) ?? {});
    for (const [k, v] of Object.entries(obj(o.services) ?? {})) services[k] = { ...(services[k] ?? {}), ...(obj(v) ?? {}) };
  }
  return { name, services, networks };
}
