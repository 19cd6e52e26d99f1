/**
 * A fast path for the common case of the loader, a valid design (installed
 * by `installFastLoader`, for the command line and the app's load worker): a parser
 * derived once from the zod/mini schema that builds the same output as
 * `schema.safeParse` (unknown keys stripped, keys in the schema's order) but
 * allocates no payload objects per field. It never reports a problem itself:
 * on anything it does not accept it returns `UNSURE` and the caller runs the
 * zod schema, whose issues become the loader's messages, so the messages stay
 * zod's and the schema stays the one statement of the format.
 *
 * Why not zod's own `compile()`: it generates code with `new Function`
 * (refused under the app's content security policy) and one function per
 * shape, which a one-shot run like `seams check` executes cold; a handful of
 * shared closures get optimised after a few hundred elements.
 *
 * Checks (`z.maxLength`, `z.regex`, `z.int`, ...) are zod's own check
 * functions, called on one reused payload, so their semantics are zod's. Any
 * schema kind or check this file does not know is handed to zod for that
 * node, which is equivalent by construction.
 */
import type * as z from "zod/mini";

/** "Not accepted here": the caller must ask zod, which decides. */
export const UNSURE: unique symbol = Symbol("unsure");
type Parse = (value: unknown) => unknown;

interface Node {
  _zod: {
    def: { type: string; checks?: CheckNode[]; coerce?: boolean; innerType?: Node; element?: Node; shape?: Record<string, Node>; catchall?: Node; keyType?: Node; valueType?: Node };
    run(payload: { value: unknown; issues: unknown[] }, ctx: { async: false }): { value: unknown; issues: unknown[] } | Promise<unknown>;
    values?: Set<unknown>;
    optin?: "optional" | "defaulted";
    optout?: "optional";
  };
}
interface CheckNode {
  _zod: { def: { check: string; when?: (payload: Payload) => boolean }; check(payload: Payload): unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** Check kinds that only read the value (no overwrite, no user callback): safe to run once here. */
const PURE_CHECKS = new Set(["max_length", "min_length", "length_equals", "string_format", "less_than", "greater_than", "number_format", "multiple_of"]);

const scratch: Payload = { value: undefined, issues: [] };

/** The value's checks pass, run as zod runs them on a clean payload. */
function makeChecks(checks: CheckNode[]): ((value: unknown) => boolean) | undefined {
  if (!checks.length) return () => true;
  if (!checks.every((c) => PURE_CHECKS.has(c._zod.def.check))) return undefined;
  const fns = checks.map((c) => c._zod.check);
  const whens = checks.map((c) => c._zod.def.when);
  return (value) => {
    for (let i = 0; i < fns.length; i++) {
      scratch.value = value;
      const when = whens[i];
      if (when && !when(scratch)) continue;
      fns[i]!(scratch);
      if (scratch.issues.length) {
        scratch.issues.length = 0;
        return false;
      }
    }
    return true;
  };
}

/** The node run by zod itself: exact, and only as fast as zod. */
function byZod(node: Node): Parse {
  return (value) => {
    const r = node._zod.run({ value, issues: [] }, { async: false });
    return r instanceof Promise || r.issues.length ? UNSURE : r.value;
  };
}

function compileNode(node: Node, reuse: boolean): Parse {
  const def = node._zod.def;
  const checks = makeChecks(def.checks ?? []);
  if (!checks || def.coerce) return byZod(node);
  switch (def.type) {
    case "string":
      return (v) => (typeof v === "string" && checks(v) ? v : UNSURE);
    case "number":
      return (v) => (typeof v === "number" && Number.isFinite(v) && checks(v) ? v : UNSURE);
    case "boolean":
      return (v) => (typeof v === "boolean" && checks(v) ? v : UNSURE);
    case "literal":
    case "enum": {
      const values = node._zod.values!;
      return (v) => (values.has(v) && checks(v) ? v : UNSURE);
    }
    case "optional": {
      const inner = def.innerType!;
      if (inner._zod.optin === "defaulted" || def.checks?.length) return byZod(node);
      const parse = compileNode(inner, reuse);
      return (v) => (v === undefined ? undefined : parse(v));
    }
    case "array": {
      const item = compileNode(def.element!, reuse);
      return (v) => {
        // The length checks first, as zod does, so an overlong list is handed on before any item is read.
        if (!Array.isArray(v) || !checks(v)) return UNSURE;
        // With `reuse`, the input array itself while every item comes back unchanged; a copy from the first that does not.
        let out: unknown[] | undefined = reuse ? undefined : new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const value: unknown = v[i];
          const r = item(value);
          if (r === UNSURE) return UNSURE;
          if (out) out[i] = r;
          else if (r !== value) {
            out = v.slice(0, i);
            out[i] = r;
          }
        }
        return out ?? v;
      };
    }
    case "object":
      return def.catchall ? byZod(node) : compileObject(def.shape!, checks, reuse);
    case "record":
      return compileRecord(node, reuse);
    default:
      return byZod(node);
  }
}

/**
 * zod's strip-mode object, key by key: an absent optional key contributes
 * nothing, a present one its value (undefined included), an absent required
 * key fails. Keys come out in the shape's order.
 *
 * The common case is an object whose own keys are all in the shape, in the
 * shape's order (a design Seams wrote): one `for...in` pass checks that and
 * each value, and `reuse` hands back the input itself when nothing in it
 * changed. Anything else takes the key-by-key path, which builds the output
 * exactly as zod does.
 */
function compileObject(shape: Record<string, Node>, checks: (v: unknown) => boolean, reuse: boolean): Parse {
  const keys = Object.keys(shape).filter((k) => k !== "__proto__");
  if (keys.some((k) => shape[k]!._zod.optin === "defaulted")) return () => UNSURE;
  const parses = keys.map((k) => compileNode(shape[k]!, reuse));
  const optional = keys.map((k) => shape[k]!._zod.optin === "optional" && shape[k]!._zod.optout === "optional");
  const required = optional.filter((o) => !o).length;

  const keyByKey = (input: Record<string, unknown>): unknown => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (!(key in input)) {
        if (optional[i]) continue;
        return UNSURE;
      }
      const r = parses[i]!(input[key]);
      if (r === UNSURE) return UNSURE;
      out[key] = r;
    }
    return checks(out) ? out : UNSURE;
  };

  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return UNSURE;
    const input = v as Record<string, unknown>;
    const proto = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) return keyByKey(input);
    const out: Record<string, unknown> | undefined = reuse ? undefined : {};
    let same = true;
    let j = 0;
    let seen = 0;
    for (const key in input) {
      while (j < keys.length && keys[j] !== key) j++;
      if (j === keys.length) return keyByKey(input); // a key the shape lacks, or out of the shape's order
      const value = input[key];
      const r = parses[j]!(value);
      if (r === UNSURE) return UNSURE;
      if (!optional[j]) seen++;
      if (out) out[key] = r;
      else if (r !== value) same = false;
      j++;
    }
    if (seen !== required) return UNSURE;
    if (!same) return keyByKey(input);
    const result = out ?? input;
    return checks(result) ? result : UNSURE;
  };
}

/**
 * A record keyed by plain strings, for plain objects from JSON: own
 * enumerable string keys in order, `__proto__` skipped as zod skips it.
 * Anything unusual (symbols, a prototype other than Object's, an own
 * `constructor`) goes to zod.
 */
function compileRecord(node: Node, reuse: boolean): Parse {
  const { keyType, valueType, checks } = node._zod.def;
  const keyDef = keyType!._zod.def;
  if (keyDef.type !== "string" || keyDef.checks?.length || keyDef.coerce || checks?.length || keyType!._zod.values) return byZod(node);
  const value = compileNode(valueType!, reuse);
  return (v) => {
    if (typeof v !== "object" || v === null || Object.getPrototypeOf(v) !== Object.prototype || Object.prototype.hasOwnProperty.call(v, "constructor")) return UNSURE;
    if (Object.getOwnPropertySymbols(v).length) return UNSURE;
    const input = v as Record<string, unknown>;
    const keys = Object.keys(input);
    if (reuse) {
      let same = true;
      for (let i = 0; i < keys.length && same; i++) {
        const key = keys[i]!;
        const item = input[key];
        const r = key === "__proto__" ? UNSURE : value(item);
        if (r !== item) same = false;
      }
      if (same) return input;
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === "__proto__") continue;
      const r = value(input[key]);
      if (r === UNSURE) return UNSURE;
      out[key] = r;
    }
    return out;
  };
}

/**
 * The fast parser of a schema: the value `schema.safeParse(value).data`
 * would give, or `UNSURE` (then ask the schema). With `reuse`, the result
 * shares every object of the input that is already exactly what zod would
 * build (no unknown keys, keys in the shape's order): only for an input the
 * caller owns and that is plain JSON data (no symbol keys, no hidden
 * properties), such as its own `JSON.parse` result.
 * @example const parse = fastParser(DesignSchema); const r = parse(raw); if (r === UNSURE) DesignSchema.safeParse(raw)
 */
export function fastParser<T extends z.ZodMiniType>(schema: T, { reuse = false } = {}): (value: unknown) => z.output<T> | typeof UNSURE {
  const parse = compileNode(schema as unknown as Node, reuse);
  return (value) => (prototypeIsClean() ? (parse(value) as z.output<T> | typeof UNSURE) : UNSURE);
}

/** `for...in` sees inherited keys: with something enumerable on Object.prototype (a polluted page), leave it all to zod. */
function prototypeIsClean(): boolean {
  for (const key in {}) return key === undefined;
  return true;
}
