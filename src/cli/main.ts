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

// A command runs once, cold: V8's default eagerness to optimise spends more
// CPU compiling (on background threads) than the optimised code saves before
// the process ends. Four times the default budget before a function is
// optimised cut `seams check` of 10,000 services by about 110 ms of CPU with
// the main thread's time unchanged (docs/performance.md). Set here, before
// any command's code loads; only on the V8 it was measured on (Node 20):
// other versions tier up differently, and an unknown flag prints an error.
if (process.versions.v8.startsWith("11.")) setFlagsFromString("--interrupt-budget=270336");

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  check: { summary: "check <file | ->... [--format text|json|sarif] [--fail-on error|warning|never] [--summary] [--evidence]   analyse designs; exit 1 on findings that fail", load: () => import("./commands/check") },
  export: { summary: "export <target> <file | -> [-o out] | export --list   write a gateway or registry config", load: () => import("./commands/export") },
  share: { summary: "share <file | -> [--base URL]   print a share link", load: () => import("./commands/share") },
  open: { summary: "open <link or fragment>   print the design JSON a share link carries", load: () => import("./commands/open") },
  import: { summary: "import <manifest | folder | ->... [--kind k8s|compose|backstage|openapi|asyncapi] [--routes] [-o out]   manifests to a design", load: () => import("./commands/import") },
  refactor: { summary: "refactor <file | -> --list [--format json] | refactor <file | -> <id> [-o out]   list or apply fixes", load: () => import("./commands/refactor") },
  impact: { summary: "impact <file | -> <element-id> [--format json]   what fails if an element is down", load: () => import("./commands/impact") },
  validate: { summary: "validate <file | ->   load a design and report problems; exit 2 when invalid", load: () => import("./commands/validate") },
};

function usage(): string {
  return [
    "usage: seams <command> [options]",
    "       seams <command> --help | seams --help | seams --version",
    "",
    "commands:",
    ...Object.values(COMMANDS).map((c) => `  ${c.summary}`),
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
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
    return (await command.load()).run(["--help"]);
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
    process.stderr.write(`seams: unknown option ${name}\n\n${usage()}\n`);
    return 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`seams: unknown command "${name}"\n\n${usage()}\n`);
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
    process.stderr.write(`seams: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.SEAMS_DEBUG) console.error(err);
    process.exitCode = 3;
  },
);
