/**
 * The package version. The bundled command line has it written in at build
 * time (scripts/build-cli.ts defines SEAMS_VERSION); from a checkout it is
 * read from package.json.
 */
import { readFileSync } from "node:fs";

export function cliVersion(): string {
  const built = process.env.SEAMS_BUILT_VERSION;
  if (built) return built;
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
