/**
 * One way for every command to read its arguments: `node:util` parseArgs in
 * strict mode, a `--help` made from the same description, and one shape of
 * error (what is wrong, the usage line, exit 2). A command declares a
 * `CommandSpec` and calls `parseCommandLine(spec, args)`:
 *
 *   const SPEC = { name: "check", args: "<file | ->", positionals: [1, 1],
 *     options: { format: { type: "string", value: "text|json", choices: ["text", "json"], default: "text" } } } as const satisfies CommandSpec;
 *   const parsed = parseCommandLine(SPEC, args);
 *   if ("exit" in parsed) return parsed.exit;
 *   parsed.values.format // "text" | "json" typed as string
 *
 * The words come from the catalogs (`commandLine.<name>.summary`,
 * `.option.<option>`, `.details` in locales/<locale>/cli.json), in the
 * language `--lang` (which every command takes) or the environment asks for.
 */
import { parseArgs } from "node:util";
import { SOURCE_CATALOGS } from "../i18n/catalog-source";
import { lookup } from "../i18n/translate";
import { cliT, LANG_OPTION, localeOfArgs, setCliLocale } from "./cli-locale";
import type { Locale } from "../i18n/locales";

export interface OptionSpec {
  type: "string" | "boolean";
  /** One letter: `-o` for `out`. */
  short?: string;
  /** What the value looks like in the help: `<file>`, `text|json`. */
  value?: string;
  /** English help, only for an option the catalogs lack (`commandLine.<command>.option.<name>` wins). */
  help?: string;
  /** The only values accepted; anything else is an error naming them. */
  choices?: readonly string[];
  default?: string;
}

export interface CommandSpec {
  name: string;
  /** The positional part of the usage line: `<target> <file | ->`. */
  args: string;
  /** English summary, only for a command the catalogs lack (`commandLine.<name>.summary` wins). */
  summary?: string;
  options: Readonly<Record<string, OptionSpec>>;
  /** How many positionals: [min, max]. */
  positionals: readonly [number, number];
}

type ValueOf<O extends OptionSpec> = O extends { type: "boolean" } ? boolean : O extends { default: string } ? string : string | undefined;
export type OptionValues<S extends CommandSpec> = { -readonly [K in keyof S["options"]]: ValueOf<S["options"][K]> };

export type Parsed<S extends CommandSpec> = { values: OptionValues<S>; positionals: string[]; locale: Locale } | { exit: number };

const HELP: OptionSpec = { type: "boolean", short: "h" };
/** Options every command takes besides its own. */
const COMMON: Record<string, OptionSpec> = { lang: LANG_OPTION, help: HELP };

function flag(name: string, o: OptionSpec): string {
  const long = `--${name}${o.type === "string" ? ` ${o.value ?? "<value>"}` : ""}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

/** A catalog message when English has the key, else the spec's own English. */
function said(key: string, fallback: string | undefined, values?: Record<string, string | number>): string | undefined {
  return lookup(SOURCE_CATALOGS.en, key) !== undefined ? cliT()(key, values) : fallback;
}

export function usageLine(spec: CommandSpec): string {
  return cliT()(Object.keys(spec.options).length ? "commandLine.usageWithOptions" : "commandLine.usage", { command: spec.name, args: spec.args });
}

/** The text `seams <command> --help` prints. */
export function formatHelp(spec: CommandSpec): string {
  const t = cliT();
  const options = Object.entries({ ...spec.options, ...COMMON });
  const width = Math.max(...options.map(([name, o]) => flag(name, o).length));
  const helpOf = (name: string, o: OptionSpec) => (name in COMMON ? t(`commandLine.common.${name}`) : said(`commandLine.${spec.name}.option.${name}`, o.help) ?? "");
  const lines = [usageLine(spec), "", said(`commandLine.${spec.name}.summary`, spec.summary) ?? "", "", t("commandLine.optionsHeading")];
  for (const [name, o] of options) lines.push(`  ${flag(name, o).padEnd(width)}  ${helpOf(name, o)}${o.default !== undefined ? t("commandLine.default", { value: o.default }) : ""}`);
  const details = said(`commandLine.${spec.name}.details`, undefined);
  if (details) lines.push("", details);
  return lines.join("\n") + "\n";
}

/** Prints `seams <command>: <why>` and the usage; the caller returns 2. */
export function usageError(spec: CommandSpec, why: string): { exit: number } {
  process.stderr.write(`seams ${spec.name}: ${why}\n${usageLine(spec)}\n${cliT()("commandLine.seeHelp", { command: spec.name })}\n`);
  return { exit: 2 };
}

/** parseArgs' own message names the option in quotes; ours is shorter and names the command. */
function describeParseError(e: unknown): string {
  const t = cliT();
  const err = e as { code?: string; message?: string };
  // "Option '-o, --out <value>' argument missing": the long name when there is one.
  const quoted = /'([^']+)'/.exec(err.message ?? "")?.[1] ?? "";
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(" ")[0] ?? "";
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return t("commandLine.error.unknownOption", { option }).trim();
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return t((err.message ?? "").includes("does not take") ? "commandLine.error.takesNoValue" : "commandLine.error.needsValue", { option });
  return err.message ?? String(e);
}

/**
 * Parses `args` against `spec`, first setting the run's language from
 * `--lang` or the environment. `--help` prints the help and gives exit 0;
 * an unknown option, a missing value, a value outside `choices` or the wrong
 * number of positionals prints the reason and gives exit 2.
 */
export function parseCommandLine<S extends CommandSpec>(spec: S, args: readonly string[]): Parsed<S> {
  const locale = localeOfArgs(args);
  setCliLocale(locale);
  const t = cliT();
  const config: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, o] of Object.entries({ ...spec.options, ...COMMON })) config[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
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
  const all: Record<string, OptionSpec> = { ...spec.options, lang: LANG_OPTION };
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, o] of Object.entries(all)) {
    const v = parsed.values[name] ?? (o.type === "boolean" ? false : o.default);
    if (typeof v === "string" && o.choices && !o.choices.includes(v)) return usageError(spec, t("commandLine.error.choice", { option: `--${name}`, choices: o.choices.join(", "), value: v }));
    values[name] = v;
  }
  delete values.lang;
  const [min, max] = spec.positionals;
  const n = parsed.positionals.length;
  if (n < min) return usageError(spec, min === 1 && spec.args.includes("file") ? t("commandLine.error.noDesign") : t("commandLine.error.expected", { count: min, atLeast: min === max ? "no" : "yes", args: spec.args }));
  if (n > max) return usageError(spec, t("commandLine.error.tooMany", { extra: parsed.positionals.slice(max).join(" "), args: spec.args }));
  return { values: values as OptionValues<S>, positionals: parsed.positionals, locale };
}
