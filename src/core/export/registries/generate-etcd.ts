/**
 * etcd registrations as a POSIX sh script of `etcdctl put` commands, in the
 * grpc-go naming convention (`go.etcd.io/etcd/client/v3/naming/endpoints`):
 * key `<service id>/<host:port>`, value `{"Op":0,"Addr":"host:port","Metadata":{...}}`,
 * which a gRPC client resolves with the target `etcd:///<service id>`.
 * Every key and value is one single-quoted word, so nothing in the design can
 * become shell code; the script's own logic only reads environment variables.
 */
import type { Design } from "../../model/schema";
import { ENGLISH_CAVEAT_WORDS, type Caveat, type ExportOptions, type ExportOutput } from "../types";
import { listRegistrations } from "./list-registrations";
import { commentLines } from "../escape/comment-text";
import { quoteShell } from "../escape/quote-shell";

/** The grpc-go `endpoints.Update` JSON: Op 0 is Add. */
export interface GrpcEndpointUpdate {
  Op: 0;
  Addr: string;
  Metadata: Record<string, unknown>;
}

export interface EtcdEntry {
  key: string;
  value: GrpcEndpointUpdate;
}

/** The keys and values the script puts, in order: what a test reads back. */
export function listEtcdEntries(design: Design): EtcdEntry[] {
  const entries: EtcdEntry[] = [];
  for (const reg of listRegistrations(design)) {
    const weighted = reg.instances.some((i) => i.weight !== 1);
    for (const inst of reg.instances) {
      const metadata: Record<string, unknown> = { ...reg.meta };
      if (reg.tags.length > 0) metadata.tags = reg.tags;
      if (weighted) metadata.weight = inst.weight;
      entries.push({ key: `${reg.service.id}/${inst.addr}`, value: { Op: 0, Addr: inst.addr, Metadata: metadata } });
    }
  }
  return entries;
}

const HEADER = [
  "#!/bin/sh",
  "# Registers the services of a Seams design in etcd (v3 API), grpc-go naming:",
  "#   key <service>/<host:port>, value {\"Op\":0,\"Addr\":\"host:port\",\"Metadata\":{...}}",
  "#",
  "# Usage: ETCDCTL_ENDPOINTS=http://127.0.0.1:2379 [LEASE_TTL=60] sh etcd-register.sh",
  "#   ETCDCTL_ENDPOINTS  and the other ETCDCTL_* variables are read by etcdctl itself.",
  "#   LEASE_TTL          seconds: put every key under one new lease; keep it alive with",
  "#                      `etcdctl lease keep-alive <id>` (the id is printed on stderr).",
];

const BODY = [
  "set -eu",
  "ETCDCTL_API=3",
  "export ETCDCTL_API",
  "lease=",
  'if [ -n "${LEASE_TTL:-}" ]; then',
  '  case $LEASE_TTL in',
  '    *[!0-9]*) echo "LEASE_TTL must be a whole number of seconds" >&2; exit 2 ;;',
  "  esac",
  '  granted=$(etcdctl lease grant "$LEASE_TTL")',
  "  # etcdctl prints: lease 694d77aa9e38260f granted with TTL(60s); cut out the id without word splitting or globbing.",
  '  lease=${granted#lease }',
  '  lease=${lease%% *}',
  '  case $lease in',
  '    ""|*[!0-9a-f]*) echo "unexpected answer from etcdctl lease grant: $granted" >&2; exit 1 ;;',
  "  esac",
  '  echo "lease $lease granted; keep it alive with: etcdctl lease keep-alive $lease" >&2',
  "fi",
  "",
  "put() {",
  '  if [ -n "$lease" ]; then',
  '    etcdctl put --lease="$lease" -- "$1" "$2" >/dev/null',
  "  else",
  '    etcdctl put -- "$1" "$2" >/dev/null',
  "  fi",
  "  printf 'registered %s\\n' \"$1\"",
  "}",
];

/**
 * The etcd registration script for a design.
 * @example generateEtcd(mallGo).content.includes("put 'user-service/user-1.internal:8080' ")
 */
export function generateEtcd(design: Design, options: ExportOptions = {}): ExportOutput {
  const words = options.words ?? ENGLISH_CAVEAT_WORDS;
  const ids = (design.services ?? []).map((s) => s.id);
  const caveats: Caveat[] = [];
  if (ids.length > 0) {
    caveats.push({
      elements: ids,
      code: "etcd.noHealthChecks", message: "etcd runs no health checks: the design's health checks are not exported. Put the keys under a lease (LEASE_TTL) and keep it alive only while the service is healthy.",
    });
  } else {
    caveats.push({ elements: [], code: "etcd.noServices", message: "The design has no services: the script registers nothing." });
  }
  const entries = listEtcdEntries(design);
  const seen = new Set<string>();
  for (const { key } of entries) {
    if (seen.has(key)) caveats.push({ elements: [key.slice(0, key.indexOf("/"))], code: "etcd.sameKey", params: { key }, message: `Two instances share the address of key ${key}: etcd keeps only the last one.` });
    seen.add(key);
  }
  const lines = [...HEADER, commentLines(caveats.map((c) => `${words.note} ${words.caveat(c)}`)), ...BODY];
  let current = "";
  for (const { key, value } of entries) {
    const service = key.slice(0, key.indexOf("/"));
    if (service !== current) {
      lines.push("", `# ${service}`);
      current = service;
    }
    lines.push(`put ${quoteShell(key)} ${quoteShell(JSON.stringify(value))}`);
  }
  return { fileName: "etcd-register.sh", mediaType: "text/x-shellscript", content: `${lines.join("\n")}\n`, caveats };
}
