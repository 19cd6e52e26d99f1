/**
 * Renders docs/rules/*.md into HTML pages beside the app: `rules/<code>.html`
 * (and `rules/index.html` from the folder's README), and the Chinese pages of
 * docs/rules/zh-CN/*.md as `rules/zh-CN/<code>.html`. The app links each
 * finding to its page in the reader's language, relative to its own address,
 * so the pages work wherever the app is served, offline included; the dev
 * server serves them from the same files. A page not yet translated is served
 * in English at its zh-CN address, so a link never ends in a 404.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { marked } from "marked";
import type { Plugin } from "vite";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The languages rule pages come in besides English, each a subfolder of the rules folder. */
export const RULE_PAGE_LOCALES = ["zh-CN"] as const;
type PageLocale = "en" | (typeof RULE_PAGE_LOCALES)[number];

/** The page's frame (links back to the app and the index, and to the page in the other language). */
function nav(locale: PageLocale, name: string, translated: boolean): string {
  const file = `${name}.html`;
  if (locale === "en") return `<nav><a href="../">Seams</a> · <a href="./">All rules</a> · <a href="zh-CN/${file}" lang="zh-CN" hreflang="zh-CN">简体中文</a></nav>`;
  const note = translated ? "" : ` · <span lang="zh-CN">本页尚未翻译，以下为英文原文</span>`;
  return `<nav lang="zh-CN"><a href="../../">Seams</a> · <a href="./">全部规则</a> · <a href="../${file}" lang="en" hreflang="en">English</a>${note}</nav>`;
}

/** One rule page as a standalone HTML document; links to sibling .md pages become .html. */
export function renderRulePage(markdown: string, { locale = "en", name = "index", translated = true }: { locale?: PageLocale; name?: string; translated?: boolean } = {}): string {
  const lang = translated ? locale : "en";
  const title = /^# (.+)$/m.exec(markdown)?.[1]?.replace(/`/g, "") ?? "Seams rule";
  const body = (marked.parse(markdown, { async: false, gfm: true }) as string).replace(/href="([a-z0-9-]+)\.md"/g, 'href="$1.html"');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Seams</title>
<style>
  body { font: 15px/1.6 system-ui, sans-serif; color: #1e293b; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; line-height: 1.3; } h2 { font-size: 1.15rem; margin-top: 1.8rem; }
  code { font: 13px ui-monospace, monospace; background: #f1f5f9; padding: 0.1em 0.3em; border-radius: 4px; }
  pre { background: #f8fafc; border: 1px solid #e2e8f0; border-radius: 8px; padding: 0.8rem; overflow-x: auto; }
  pre code { background: none; padding: 0; }
  table { border-collapse: collapse; } td, th { border-bottom: 1px solid #e2e8f0; padding: 0.3rem 0.8rem 0.3rem 0; text-align: left; }
  nav a, a { color: #4f46e5; }
  @media (prefers-color-scheme: dark) { body { background: #0f172a; color: #e2e8f0; } code { background: #1e293b; } pre { background: #111827; border-color: #334155; } a { color: #a5b4fc; } }
</style>
</head>
<body>
${nav(locale, name, translated)}
<main data-testid="rule-page">
${body}</main>
</body>
</html>
`;
}

/** Every page: `rules/<name>.html` and `rules/<locale>/<name>.html` -> its HTML. */
export function renderRulePages(folder: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".md"))) {
    const name = file === "README.md" ? "index" : file.slice(0, -3);
    const english = readFileSync(path.join(folder, file), "utf8");
    pages.set(`rules/${name}.html`, renderRulePage(english, { name }));
    for (const locale of RULE_PAGE_LOCALES) {
      const translatedFile = path.join(folder, locale, file);
      const translated = existsSync(translatedFile);
      pages.set(`rules/${locale}/${name}.html`, renderRulePage(translated ? readFileSync(translatedFile, "utf8") : english, { locale, name, translated }));
    }
  }
  return pages;
}

export function rulePages(folder: string): Plugin {
  return {
    name: "seams-rule-pages",
    generateBundle() {
      for (const [fileName, source] of renderRulePages(folder)) this.emitFile({ type: "asset", fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? "").split("?")[0]!.replace(/^\//, "");
        const wanted = url.endsWith("/") && url.startsWith("rules/") ? `${url}index.html` : url;
        if (!wanted.startsWith("rules/")) return next();
        const page = renderRulePages(folder).get(wanted);
        if (!page) return next();
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(page);
      });
    },
  };
}
