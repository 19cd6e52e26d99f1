/**
 * `import("virtual:seams-catalog/<locale>")` in the app: the locale's ICU
 * catalog (the parts in src/i18n/locales/<locale>/*.json) compiled for Lingui at build
 * time, English filling its gaps. Each locale becomes a chunk of its own and
 * the page ships no ICU parser.
 */
import { readdirSync, readFileSync } from "node:fs";
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

export function linguiCatalogs(folder: string): Plugin {
  // Absolute: the dev server takes a watched file as an import of the virtual module and resolves it as given.
  const dir = path.resolve(folder);
  /** A locale's parts merged; two parts may not define the same top-level key (as src/i18n/locales/parts.ts checks for Node). */
  const read = (locale: string): Catalog => {
    const merged: Catalog = {};
    for (const file of readdirSync(path.join(dir, locale)).filter((f) => f.endsWith(".json")).sort()) {
      for (const [key, value] of Object.entries(JSON.parse(readFileSync(path.join(dir, locale, file), "utf8")) as Catalog)) {
        if (key in merged) throw new Error(`catalog ${locale}: key "${key}" is defined twice (again in ${file})`);
        merged[key] = value;
      }
    }
    return merged;
  };
  return {
    name: "seams-lingui-catalogs",
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const locale = id.slice(PREFIX.length + 1);
      if (!/^[a-zA-Z-]+$/.test(locale)) this.error(`no catalog "${locale}"`);
      for (const l of new Set([locale, "en"])) for (const f of readdirSync(path.join(dir, l))) this.addWatchFile(path.join(dir, l, f));
      return `export default ${JSON.stringify(compileCatalog(read(locale), read("en")))};`;
    },
  };
}
