import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { rulePages } from "./scripts/vite-rule-pages.ts";
import { linguiCatalogs } from "./scripts/vite-lingui-catalogs.ts";

/**
 * The production page forbids inline script (names in a shared design can
 * never run as code). Only the build gets it: the dev server's hot reload
 * needs an inline preamble.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

function contentSecurityPolicy(): Plugin {
  return {
    name: "seams-csp",
    apply: "build",
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }],
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), rulePages("docs/rules"), linguiCatalogs("src/i18n/locales")],
  worker: { format: "es" },
  build: {
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
    // The one initial chunk is about 540 KB minified; its budget is checked gzipped (scripts/check-bundle-size.ts).
    chunkSizeWarningLimit: 700,
    // Everything the first page imports statically is one chunk: left to itself the bundler splits the
    // modules that lazy chunks share with it into a dozen small initial chunks, each with its own import
    // and export glue (about 1 KB gzip in all), and the page fetches them all anyway.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: "index", tags: ["$initial"] }] } } },
  },
});
