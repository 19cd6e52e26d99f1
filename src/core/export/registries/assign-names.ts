/**
 * Target-specific names for design ids. Ids are already strict
 * (`^[a-z0-9][a-z0-9._-]{0,62}$`), but Kubernetes Service names allow no `.`
 * or `_` and must start with a letter, and Backstage names allow no doubled or
 * trailing separators. Each target sanitises with its own rule; two ids that
 * become the same name are told apart with a numeric suffix, and every change
 * is reported, never silent.
 */
import type { Caveat } from "../types";

export interface NameRule {
  /** What the target calls these names, for the caveat text. */
  what: string;
  maxLength: number;
  /** A valid name for the raw text, possibly empty when nothing usable remains. */
  sanitize(raw: string): string;
}

/** Kubernetes DNS-1035 label (Service names): `[a-z]([-a-z0-9]*[a-z0-9])?`, at most 63. */
export const KUBERNETES_NAME: NameRule = {
  what: "Kubernetes name (DNS-1035 label)",
  maxLength: 63,
  sanitize: (raw) => {
    let s = raw.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
    if (/^[0-9]/.test(s)) s = `s-${s}`;
    return trimEdges(s.slice(0, 63), /[^a-z0-9]/);
  },
};

/** Kubernetes label value: `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`, at most 63. */
export function sanitizeLabelValue(raw: string): string {
  return trimEdges(raw.replace(/[^A-Za-z0-9_.-]+/g, "-").slice(0, 63), /[^A-Za-z0-9]/);
}

/** Backstage entity name: `^[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*$`, at most 63. */
export const BACKSTAGE_NAME: NameRule = {
  what: "Backstage entity name",
  maxLength: 63,
  sanitize: (raw) => sanitizeBackstageName(raw),
};

/**
 * Any text as a Backstage entity name, or "" when nothing usable remains.
 * @example sanitizeBackstageName("x--y.") === "x-y"
 */
export function sanitizeBackstageName(raw: string): string {
  // Runs of anything else collapse to one separator; a separator run keeps its first character.
  const s = raw.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/([-_.])[-_.]+/g, "$1");
  return trimEdges(trimEdges(s, /[^A-Za-z0-9]/).slice(0, 63), /[^A-Za-z0-9]/);
}

/** Backstage tag: `^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$`, at most 63. */
export function sanitizeBackstageTag(raw: string): string {
  const s = raw.toLowerCase().replace(/[^a-z0-9:+#]+/g, "-");
  return trimEdges(trimEdges(s, /-/).slice(0, 63), /-/);
}

function trimEdges(s: string, bad: RegExp): string {
  let start = 0;
  let end = s.length;
  while (start < end && bad.test(s[start]!)) start++;
  while (end > start && bad.test(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/**
 * A unique, valid name per id, in the ids' order, and a caveat for every id
 * whose name differs from it.
 * @example assignNames(["a.b", "a-b"], KUBERNETES_NAME).names.get("a-b") === "a-b-2"
 */
export function assignNames(ids: readonly string[], rule: NameRule): { names: Map<string, string>; caveats: Caveat[] } {
  const names = new Map<string, string>();
  const caveats: Caveat[] = [];
  const taken = new Set<string>();
  // Ids that are already valid keep their names; only changed ones may get a suffix.
  const wanted = ids.map((id) => ({ id, base: rule.sanitize(id) || "x" }));
  for (const { id, base } of wanted) if (base === id) taken.add(base);
  for (const { id, base } of wanted) {
    if (base === id) {
      names.set(id, id);
      continue;
    }
    let name = base;
    for (let n = 2; taken.has(name); n++) {
      const suffix = `-${n}`;
      name = `${trimEnd(base.slice(0, rule.maxLength - suffix.length))}${suffix}`;
    }
    taken.add(name);
    names.set(id, name);
    caveats.push({ elements: [id], message: `"${id}" is not a valid ${rule.what}; exported as "${name}".` });
  }
  return { names, caveats };
}

function trimEnd(s: string): string {
  return s.replace(/[^A-Za-z0-9]+$/, "");
}
