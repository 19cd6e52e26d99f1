import { renderLoadWarnings } from "../i18n/render-load-warnings";
import { readFileSync, writeFileSync } from "node:fs";
import { loadDesign, type Design } from "../core/index";
import { renderLoadError } from "../i18n/render-load-error";
import { cliT } from "./cli-locale";
import { installFastLoader } from "../core/load/install-fast-loader";

// Every command that reads a design reads it through this module: they all get the loader's fast path.
installFastLoader();

/** Reads a file, or standard input for "-". */
export function readSource(source: string): string {
  return source === "-" ? readFileSync(0, "utf8") : readFileSync(source, "utf8");
}

/**
 * Reads and loads a design through the one loader. On any problem it prints
 * the loader's messages to stderr and returns undefined (the caller exits 2).
 */
export function readDesign(source: string | undefined): Design | undefined {
  return readDesignText(source)?.design;
}

/**
 * `readDesign`, also giving the text it read (SARIF points at lines in it).
 * Each problem is also added to `problems`, when given, as one line.
 */
export function readDesignText(source: string | undefined, problems?: string[]): { design: Design; text: string } | undefined {
  const t = cliT();
  if (!source) {
    process.stderr.write(`seams: ${t("commandLine.io.noDesign")}\n`);
    return undefined;
  }
  const named = source === "-" ? t("commandLine.io.stdin") : source;
  let text: string;
  try {
    text = readSource(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = t(code === "ENOENT" ? "commandLine.io.noSuchFile" : code ? "commandLine.io.cannotReadCode" : "commandLine.io.cannotRead", { source: named, code: code ?? "" });
    problems?.push(why);
    process.stderr.write(`seams: ${why}\n`);
    return undefined;
  }
  const result = loadDesign(text);
  if (!result.ok) {
    process.stderr.write(`seams: ${t("commandLine.io.invalid", { source: named })}\n`);
    const errors = result.errors.map((e) => renderLoadError(t, e));
    for (const e of errors) process.stderr.write(`  ${e}\n`);
    for (const e of errors) problems?.push(t("commandLine.io.invalidOne", { source: named, error: e }));
    return undefined;
  }
  for (const w of renderLoadWarnings(t, result)) process.stderr.write(`seams: ${t("commandLine.io.warning", { warning: w })}\n`);
  return { design: result.design, text };
}

/** Writes to a file, or standard output when no file is named. */
export function writeOutput(text: string, out: string | undefined): void {
  if (out && out !== "-") writeFileSync(out, text);
  else process.stdout.write(text);
}

/**
 * @deprecated Use `parseCommandLine` from ./command-line (node:util parseArgs,
 * `--help`, exit 2 on an unknown option). Kept so commands written against it
 * keep compiling until they move over.
 */
export function parseArgs(args: string[], valued: string[]): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("-") && a !== "-") {
      const eq = a.indexOf("=");
      const key = eq >= 0 ? a.slice(0, eq) : a;
      if (eq >= 0) options.set(key, a.slice(eq + 1));
      else if (valued.includes(key) && i + 1 < args.length) options.set(key, args[++i]!);
      else options.set(key, true);
    } else positional.push(a);
  }
  return { positional, options };
}
