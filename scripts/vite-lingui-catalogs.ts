/**
 * `import("virtual:seams-catalog/<locale>")` in the app: the locale's ICU
 * catalog (src/i18n/locales/<locale>.json) compiled for Lingui at build
 * time, English filling its gaps. Each locale becomes a chunk of its own and
 * the page ships no ICU parser.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { compileCatalog } from "../src/i18n/compile-catalog.ts";
import type { Catalog } from "../src/i18n/translate.ts";

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
