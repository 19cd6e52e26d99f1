/**
 * Expansion bombs, for tests and the bench: valid v1 links that repeat one
 * part of the compact form many times. Each repeated part is a few bytes the
 * compact form expands into a whole record (an implied id, name, context,
 * kind, protocol...), and deflate squeezes the repetition ~1000:1, so a
 * link of a few kilobytes stands for hundreds of thousands of flows.
 */
import { deflateSync, strToU8 } from "fflate";
import type { Design } from "../model/schema";
import { encodeBase64Url } from "./base64url";
import { compactDesign } from "./compact-design";
import { DICTIONARY_V1_TEXT } from "./dictionary-v1";
import { MAX_INFLATED_BYTES } from "./index";

/** A small valid design with every repeated structure present twice. */
const BASE: Design = {
  format: "seams-design",
  version: 1,
  name: "bomb",
  contexts: [{ id: "c1", name: "c1" }, { id: "c2", name: "c2" }],
  services: [
    { id: "s1", name: "s1", context: "c1", instances: [{ host: "h", port: 8080 }, { host: "h", port: 8080 }], endpoints: [{ method: "GET", path: "/a" }, { method: "GET", path: "/a" }], tags: ["t", "t"] },
    { id: "s2", name: "s2", context: "c1" },
  ],
  databases: [{ id: "db1", name: "db1", tables: ["t", "t"] }, { id: "db2", name: "db2" }],
  brokers: [{ id: "b1", name: "b1" }, { id: "b2", name: "b2" }],
  gateways: [{ id: "g1", name: "g1", auth: { type: "jwt", publicPaths: ["/a", "/a"] }, cors: { origins: ["*", "*"] } }, { id: "g2", name: "g2" }],
  flows: [
    { id: "f1", from: "s1", to: "s2", kind: "sync", methods: ["GET", "GET"], retry: { maxRetries: 3, on: [502, 502] } },
    { id: "f2", from: "s1", to: "s2", kind: "sync" },
  ],
  layout: { s1: { x: 0, y: 0 }, s2: { x: 10, y: 10 } },
};

/** Where each repeated part sits in BASE's compact form (indexes into the nested lists). */
const PARTS = {
  contexts: [2],
  services: [3],
  databases: [4],
  brokers: [5],
  gateways: [6],
  flows: [7],
  layout: [8],
  instances: [3, 0, 3],
  endpoints: [3, 0, 4],
  tags: [3, 0, 5],
  tables: [4, 0, 2],
  publicPaths: [6, 0, 2, 2],
  origins: [6, 0, 3, 1],
  methods: [7, 0, 4],
  "retry.on": [7, 0, 5, 1],
} as const;

export type BombPart = keyof typeof PARTS;
export const BOMB_PARTS = Object.keys(PARTS) as BombPart[];

function listAt(compact: unknown, path: readonly number[]): unknown[] {
  let v: unknown = compact;
  for (const i of path) v = (v as unknown[])[i];
  if (!Array.isArray(v)) throw new Error(`no list at ${path.join(".")}`);
  return v;
}

/** The compact JSON of BASE with the last item of each named part written that many times in all (parts not named stay as in BASE). */
export function bombJson(counts: Partial<Record<BombPart, number>>): string {
  const compact = compactDesign(BASE);
  const fills: string[] = [];
  // Deepest first, so replacing a list with its marker does not hide a list inside it.
  const parts = (Object.keys(counts) as BombPart[]).sort((a, b) => PARTS[b].length - PARTS[a].length);
  for (const part of parts) {
    const path = PARTS[part];
    const parent = path.length === 1 ? (compact as unknown[]) : listAt(compact, path.slice(0, -1));
    const list = listAt(compact, path);
    // The layout repeats its last entry as "the same element again" (index step 0): there are few elements to step through.
    const item = part === "layout" ? [0, ...(list[list.length - 1] as unknown[]).slice(1)] : list[list.length - 1];
    const count = counts[part]!;
    const repeated = count > list.length ? `,${JSON.stringify(item)}`.repeat(count - list.length) : "";
    parent[path[path.length - 1]!] = `\u0000bomb${fills.length}\u0000`;
    fills.push(`[${JSON.stringify(list.slice(0, count)).slice(1, -1)}${repeated}]`);
  }
  let json = JSON.stringify(compact);
  // Outer lists first: an inner list's marker is inside its host's fill.
  for (let i = fills.length - 1; i >= 0; i--) json = json.replace(JSON.stringify(`\u0000bomb${i}\u0000`), () => fills[i]!);
  return json;
}

/** A v1 link (`d=1.…`) around compact JSON text. */
export function linkOfJson(json: string): string {
  return `d=1.${encodeBase64Url(deflateSync(strToU8(json), { level: 9, dictionary: strToU8(DICTIONARY_V1_TEXT) }))}`;
}

/** A link repeating one part `count` times. */
export function expansionBomb(part: BombPart, count: number): string {
  return linkOfJson(bombJson({ [part]: count }));
}

/** The most copies of a part whose compact JSON still unpacks under the inflate cap: the most work a link can ask of the decoder. */
export function largestCount(part: BombPart): number {
  const one = bombJson({ [part]: 3 }).length - bombJson({ [part]: 2 }).length;
  return Math.floor((MAX_INFLATED_BYTES - bombJson({ [part]: 2 }).length) / one);
}
