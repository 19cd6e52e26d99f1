/**
 * Consul agent service definitions: one JSON file for `consul agent
 * -config-file` (or `-config-dir`), `{"services": [...]}` with the agent file's
 * snake_case keys, one entry per instance, as the mall-go guide's ConsulRegistry
 * registers them (HTTP check on the health path, interval, timeout, deregister
 * after), with the design's own values where it sets them.
 */
import type { Design } from "../../model/schema";
import type { Caveat, ExportOutput } from "../types";
import { healthUrl, listRegistrations } from "./list-registrations";

/** Consul refuses meta keys outside this pattern, values over 512 characters, more than 64 pairs, and the reserved `consul-` prefix. */
const META_KEY = /^[A-Za-z0-9_-]{1,128}$/;
const META_VALUE_MAX = 512; // bytes: Consul checks Go's len(), not characters
const META_PAIRS_MAX = 64;
/** Consul raises `deregister_critical_service_after` below this to it. */
const CONSUL_MIN_DEREGISTER_MS = 60_000;

export interface ConsulService {
  id: string;
  name: string;
  address: string;
  port: number;
  tags: string[];
  meta: Record<string, string>;
  weights?: { passing: number; warning: number };
  check: { http: string; method: "GET"; interval: string; timeout: string; deregister_critical_service_after: string };
}

/**
 * The Consul agent services file for a design.
 * @example JSON.parse(generateConsul(mallGo).content).services[0].id === "user-service-1"
 */
export function generateConsul(design: Design): ExportOutput {
  const caveats: Caveat[] = [];
  const services: ConsulService[] = [];
  for (const reg of listRegistrations(design)) {
    const id = reg.service.id;
    const meta = fitConsulMeta(reg.meta, id, caveats);
    if (reg.health.deregisterAfterMs < CONSUL_MIN_DEREGISTER_MS) {
      caveats.push({ elements: [id], code: "consul.deregisterMinimum", params: { id, after: reg.health.deregisterAfter }, message: `${id}: deregister after ${reg.health.deregisterAfter} is exported as written, but Consul raises anything under 1m to 1m.` });
    }
    if (/[._]/.test(id)) {
      caveats.push({ elements: [id], code: "consul.dnsName", params: { id }, message: `${id}: Consul DNS cannot look up a service name containing "." or "_"; use the HTTP API or rename the service.` });
    }
    const weighted = reg.instances.some((i) => i.weight !== 1);
    for (const inst of reg.instances) {
      services.push({
        id: inst.id,
        name: id,
        address: inst.host,
        port: inst.port,
        tags: reg.tags,
        meta,
        // Consul weighs DNS SRV answers by `weights.passing`; only emitted when the design weighs instances.
        ...(weighted ? { weights: { passing: inst.weight, warning: 1 } } : {}),
        check: {
          http: healthUrl(inst, reg.health.path),
          method: "GET",
          interval: reg.health.interval,
          timeout: reg.health.timeout,
          deregister_critical_service_after: reg.health.deregisterAfter,
        },
      });
    }
  }
  return { fileName: "consul-services.json", mediaType: "application/json", content: `${JSON.stringify({ services }, null, 2)}\n`, caveats };
}

/** Meta as Consul accepts it: invalid keys dropped, long values cut, each change reported. */
export function fitConsulMeta(meta: Record<string, string | undefined>, serviceId: string, caveats: Caveat[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (value === undefined) continue;
    if (!META_KEY.test(key) || key.startsWith("consul-") || Object.keys(out).length >= META_PAIRS_MAX) {
      caveats.push({ elements: [serviceId], message: `${serviceId}: meta key "${key.slice(0, 40).replace(/[^A-Za-z0-9_-]/g, "?")}" is not allowed by Consul and is left out.` });
      continue;
    }
    if (utf8Length(value) > META_VALUE_MAX) {
      caveats.push({ elements: [serviceId], code: "consul.metaTooLong", params: { id: serviceId, key }, message: `${serviceId}: meta "${key}" is longer than Consul's 512 bytes and is cut.` });
      out[key] = cutToUtf8Bytes(value, META_VALUE_MAX);
    } else out[key] = value;
  }
  return out;
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Whole code points only, so a cut never leaves half a character. */
function cutToUtf8Bytes(text: string, max: number): string {
  let out = "";
  let bytes = 0;
  for (const ch of text) {
    bytes += utf8Length(ch);
    if (bytes > max) break;
    out += ch;
  }
  return out;
}
