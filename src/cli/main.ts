/**
 * `npm run --silent seams -- <command> ...`: the same core the browser runs,
 * headless, for CI. Each command lives in ./commands/<name>.ts and exports
 * `run(args): Promise<number>` (the exit status). Exit 2 is reserved for
 * input that is not a valid design or a bad command line.
 */
import { readFileSync } from "node:fs";

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  check: { summary: "check <file | -> [--format text|json]   analyse a design; exit 1 on error findings", load: () => import("./commands/check") },
  export: { summary: "export <target> <file | -> [-o out] | export --list   write a gateway or registry config", load: () => import("./commands/export") },
  share: { summary: "share <file | -> [--base URL]   print a share link", load: () => import("./commands/share") },
  open: { summary: "open <link or fragment>   print the design JSON a share link carries", load: () => import("./commands/open") },
  refactor: { summary: "refactor <file | -> --list [--format json] | refactor <file | -> <id> [-o out]   list or apply fixes", load: () => import("./commands/refactor") },
  impact: { summary: "impact <file | -> <element-id> [--format json]   what fails if an element is down", load: () => import("./commands/impact") },
  validate: { summary: "validate <file | ->   load a design and report problems; exit 2 when invalid", load: () => import("./commands/validate") },
};

function usage(): string {
  return ["usage: seams <command> [options]", "", ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage() + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version") {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    process.stdout.write(pkg.version + "\n");
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`seams: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
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
