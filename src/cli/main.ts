/**
 * `seams <command> ...` (or `npm run --silent seams -- <command> ...` in a
 * checkout): the same core the browser runs, headless, for CI. Each command
 * lives in ./commands/<name>.ts and exports `run(args): Promise<number>` (the
 * exit status), reading its arguments with ./command-line.ts so it gets
 * `--help` and clear errors for free. Commands load lazily: start-up pays
 * only for the one that runs. Exit 2 is reserved for input that is not a
 * valid design or a bad command line.
 */
import { setFlagsFromString } from "node:v8";
import { cliVersion } from "./version";
import { cliT, localeOfArgs, setCliLocale } from "./cli-locale";

// A command runs once, cold: V8's default eagerness to optimise spends more
// CPU compiling (on background threads) than the optimised code saves before
// the process ends. Four times the default budget before a function is
// optimised cut `seams check` of 10,000 services by about 110 ms of CPU with
// the main thread's time unchanged (docs/performance.md). Set here, before
// any command's code loads; only on the V8 it was measured on (Node 20):
// other versions tier up differently, and an unknown flag prints an error.
if (process.versions.v8.startsWith("11.")) setFlagsFromString("--interrupt-budget=270336");

/** Each command's synopsis (syntax, never translated); its one-line description is `commandLine.<name>.short` in the catalogs. */
const COMMANDS: Record<string, { synopsis: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  check: { synopsis: "check <file | ->... [--format text|json|sarif] [--fail-on error|warning|never] [--summary] [--evidence]", load: () => import("./commands/check") },
  export: { synopsis: "export <target> <file | -> [-o out] | export --list", load: () => import("./commands/export") },
  share: { synopsis: "share <file | -> [--base URL]", load: () => import("./commands/share") },
  open: { synopsis: "open <link or fragment>", load: () => import("./commands/open") },
  import: { synopsis: "import <manifest | folder | ->... [--kind k8s|compose|backstage|openapi|asyncapi] [--routes] [-o out]", load: () => import("./commands/import") },
  refactor: { synopsis: "refactor <file | -> --list [--format json] | refactor <file | -> <id> [-o out]", load: () => import("./commands/refactor") },
  impact: { synopsis: "impact <file | -> <element-id> [--format json]", load: () => import("./commands/impact") },
  validate: { synopsis: "validate <file | ->", load: () => import("./commands/validate") },
};

function usage(): string {
  const t = cliT();
  return [
    t("commandLine.main.usage"),
    t("commandLine.main.usageMore"),
    "",
    t("commandLine.main.commands"),
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${c.synopsis}   ${t(`commandLine.${name}.short`)}`),
    "",
    t("commandLine.main.langNote"),
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  // The language before anything is said; the command sets it again from its own arguments.
  setCliLocale(localeOfArgs(argv));
  // `seams --lang zh-CN <command> ...` passes the language on to the command.
  const lead = argv[0] === "--lang" ? argv.slice(0, 2) : argv[0]?.startsWith("--lang=") ? argv.slice(0, 1) : [];
  const [name, ...rest] = [...argv.slice(lead.length), ...lead];
  if (name === "--help" || name === "-h") {
    process.stdout.write(usage() + "\n");
    return 0;
  }
  if (name === "help") {
    const command = rest[0] ? COMMANDS[rest[0]] : undefined;
    if (!command) {
      process.stdout.write(usage() + "\n");
      return rest[0] ? 2 : 0;
    }
    return (await command.load()).run(["--help", ...rest.slice(1)]);
  }
  if (name === "--version" || name === "-V") {
    process.stdout.write(cliVersion() + "\n");
    return 0;
  }
  if (!name) {
    process.stderr.write(usage() + "\n");
    return 2;
  }
  if (name.startsWith("-")) {
    process.stderr.write(`seams: ${cliT()("commandLine.error.unknownOption", { option: name })}\n\n${usage()}\n`);
    return 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`seams: ${cliT()("commandLine.error.unknownCommand", { command: name })}\n\n${usage()}\n`);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not bad input: say so briefly, without a stack unless asked.
    process.stderr.write(`seams: ${cliT()("commandLine.error.internal", { message: err instanceof Error ? err.message : String(err) })}\n`);
    if (process.env.SEAMS_DEBUG) console.error(err);
    process.exitCode = 3;
  },
);
