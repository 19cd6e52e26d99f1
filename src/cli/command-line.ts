/**
 * One way for every command to read its arguments: `node:util` parseArgs in
 * strict mode, a `--help` made from the same description, and one shape of
 * error (what is wrong, the usage line, exit 2). A command declares a
 * `CommandSpec` and calls `parseCommandLine(spec, args)`:
 *
 *   const SPEC = { name: "check", args: "<file | ->", summary: "...", positionals: [1, 1],
 *     options: { format: { type: "string", value: "text|json", choices: ["text", "json"], default: "text", help: "..." } } } as const satisfies CommandSpec;
 *   const parsed = parseCommandLine(SPEC, args);
 *   if ("exit" in parsed) return parsed.exit;
 *   parsed.values.format // "text" | "json" typed as string
 */
import { parseArgs } from "node:util";

export interface OptionSpec {
  type: "string" | "boolean";
  /** One letter: `-o` for `out`. */
  short?: string;
  /** What the value looks like in the help: `<file>`, `text|json`. */
  value?: string;
  help: string;
  /** The only values accepted; anything else is an error naming them. */
  choices?: readonly string[];
  default?: string;
}

export interface CommandSpec {
  name: string;
  /** The positional part of the usage line: `<target> <file | ->`. */
  args: string;
  /** One line: what the command does. */
  summary: string;
  /** More lines for `--help` (exit codes, examples). */
  details?: readonly string[];
  options: Readonly<Record<string, OptionSpec>>;
  /** How many positionals: [min, max]. */
  positionals: readonly [number, number];
}

type ValueOf<O extends OptionSpec> = O extends { type: "boolean" } ? boolean : O extends { default: string } ? string : string | undefined;
export type OptionValues<S extends CommandSpec> = { -readonly [K in keyof S["options"]]: ValueOf<S["options"][K]> };

export type Parsed<S extends CommandSpec> = { values: OptionValues<S>; positionals: string[] } | { exit: number };

const HELP: OptionSpec = { type: "boolean", short: "h", help: "show this help" };

function flag(name: string, o: OptionSpec): string {
  const long = `--${name}${o.type === "string" ? ` ${o.value ?? "<value>"}` : ""}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

export function usageLine(spec: CommandSpec): string {
  return `usage: seams ${spec.name} ${spec.args}${Object.keys(spec.options).length ? " [options]" : ""}`;
}

/** The text `seams <command> --help` prints. */
export function formatHelp(spec: CommandSpec): string {
  const options = Object.entries({ ...spec.options, help: HELP });
  const width = Math.max(...options.map(([name, o]) => flag(name, o).length));
  const lines = [usageLine(spec), "", spec.summary, "", "options:"];
  for (const [name, o] of options) lines.push(`  ${flag(name, o).padEnd(width)}  ${o.help}${o.default !== undefined ? ` (default ${o.default})` : ""}`);
  if (spec.details?.length) lines.push("", ...spec.details);
  return lines.join("\n") + "\n";
}

/** Prints `seams <command>: <why>` and the usage; the caller returns 2. */
export function usageError(spec: CommandSpec, why: string): { exit: number } {
  process.stderr.write(`seams ${spec.name}: ${why}\n${usageLine(spec)}\nRun "seams ${spec.name} --help" for the options.\n`);
  return { exit: 2 };
}

/** parseArgs' own message names the option in quotes; ours is shorter and names the command. */
function describeParseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  // "Option '-o, --out <value>' argument missing": the long name when there is one.
  const quoted = /'([^']+)'/.exec(err.message ?? "")?.[1] ?? "";
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(" ")[0];
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option ?? ""}`.trim();
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return (err.message ?? "").includes("does not take") ? `${option} does not take a value` : `${option} needs a value`;
  return err.message ?? String(e);
}

/**
 * Parses `args` against `spec`. `--help` prints the help and gives exit 0;
 * an unknown option, a missing value, a value outside `choices` or the wrong
 * number of positionals prints the reason and gives exit 2.
 */
export function parseCommandLine<S extends CommandSpec>(spec: S, args: readonly string[]): Parsed<S> {
  const config: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP })) config[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: config, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (e) {
    return usageError(spec, describeParseError(e));
  }
  if (parsed.values.help) {
    process.stdout.write(formatHelp(spec));
    return { exit: 0 };
  }
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, o] of Object.entries(spec.options)) {
    const v = parsed.values[name] ?? (o.type === "boolean" ? false : o.default);
    if (typeof v === "string" && o.choices && !o.choices.includes(v)) return usageError(spec, `--${name} must be one of ${o.choices.join(", ")}, not "${v}"`);
    values[name] = v;
  }
  const [min, max] = spec.positionals;
  const n = parsed.positionals.length;
  if (n < min) return usageError(spec, min === 1 && spec.args.includes("file") ? "no design given (a file path, or - for standard input)" : `expected ${min === max ? min : `at least ${min}`} argument${min === 1 ? "" : "s"}: ${spec.args}`);
  if (n > max) return usageError(spec, `too many arguments (${parsed.positionals.slice(max).join(" ")}); expected ${spec.args}`);
  return { values: values as OptionValues<S>, positionals: parsed.positionals };
}
