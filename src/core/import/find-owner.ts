/**
 * The service an API description belongs to: named by an `x-seams-service` /
 * `x-service` extension, the file name (`payment.openapi.yaml`), a server host
 * (`http://paymentservice:50051`) or the title; a new service when none of
 * them is part of the import yet.
 */
import type { Draft } from "./draft";
import { idFromName } from "./derive-id";
import { arr, obj, str, type Obj } from "./plain";

export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(?:ya?ml|json)$/i, "").replace(/[.-](?:openapi|swagger|asyncapi|api|catalog-info)$|\.compose$/i, "");
}

export function findOwner(doc: Obj, file: string, draft: Draft, from: string): string {
  const info = obj(doc.info) ?? {};
  const title = str(info.title)?.trim();
  const hosts: string[] = [];
  for (const s of [...arr(doc.servers), ...Object.values(obj(doc.servers) ?? {})]) {
    const o = obj(s);
    const url = str(o?.url) ?? str(o?.host);
    const host = url && /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^:/?#]+)/i.exec(url)?.[1];
    if (host) hosts.push(host.split(".")[0]!);
  }
  if (str(doc.host)) hosts.push(str(doc.host)!.split(/[.:]/)[0]!);
  const candidates = [str(doc["x-seams-service"]), str(doc["x-service"]), str(info["x-service"]), fileStem(file), ...hosts, title].filter((c): c is string => !!c);
  for (const c of candidates) {
    const id = draft.lookup(c) ?? (draft.kindOf(idFromName(c)) === "service" ? idFromName(c) : undefined);
    if (id && draft.kindOf(id) === "service") return id;
  }
  const name = title || fileStem(file);
  return draft.element("service", name, from, str(info.description) ? { description: str(info.description)!.slice(0, 2000) } : {});
}
