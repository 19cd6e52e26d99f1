/**
 * `import("virtual:seams-catalog/<locale>")` in the app: the locale's ICU
 * catalog (src/i18n/locales/<locale>.json) compiled for Lingui at build
 * time, English filling its gaps. Each locale becomes a chunk of its own and
 * the page ships no ICU parser.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";

type Catalog = { [key: string]: string | Catalog };

/** The catalog flattened to dotted ids and compiled, English filling gaps (as src/i18n/compile-catalog.ts does for Node; vite's config loader cannot follow that file's extensionless imports). */
function compileCatalog(catalog: Catalog, fallback: Catalog): Record<string, unknown> {
  const flat = (c: Catalog, prefix = ""): [string, string][] => Object.entries(c).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : flat(v, `${prefix}${k}.`)));
  return Object.fromEntries([...flat(fallback), ...flat(catalog)].map(([k, v]) => [k, compileMessageOrThrow(v)]));
}

const PREFIX = "virtual:seams-catalog/";

export function linguiCatalogs(dir: string): Plugin {
  const read = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Catalog;
  return {
    name: "seams-lingui-catalogs",
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const locale = id.slice(PREFIX.length + 1);
      if (!/^[a-zA-Z-]+$/.test(locale)) this.error(`no catalog "${locale}"`);
      this.addWatchFile(path.join(dir, `${locale}.json`));
      this.addWatchFile(path.join(dir, "en.json"));
      return `export default ${JSON.stringify(compileCatalog(read(locale), read("en")))};`;
    },
  };
}
