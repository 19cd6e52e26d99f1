/**
 * Fails when the UI shows words that are not in the catalogs: JSX text and
 * the attributes a person reads or hears (title, aria-label, placeholder,
 * alt, label) must come from `t(...)`, not literals. Files still waiting for
 * translation are listed by name below; the list may only shrink.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const APP = path.resolve(__dirname, "../app");
const READ_ATTRIBUTES = new Set(["title", "aria-label", "placeholder", "alt", "label"]);
/** Words, not symbols or proper names that read the same in every language. */
const WORDY = /[A-Za-z]{2,}/;
const PROPER = /\b(Seams|JSON|YAML|PNG|SVG|nginx|Kong|HAProxy|KrakenD|Consul|etcd|Eureka|Nacos|Backstage|Kubernetes|Ctrl|Shift|Esc)\b/g;
const isWords = (text: string) => WORDY.test(text.replace(PROPER, ""));

/** Not yet translated: English only for now. Remove a file once it speaks through `t`. */
const UNTRANSLATED = new Set<string>([
  "find/FindDialog.tsx",
  "help/HelpDialog.tsx",
  "fixes/EventChoiceFields.tsx",
  "fixes/RouteAvailabilityNote.tsx",
  "fixes/WhatIfButton.tsx",
  "canvas/CanvasMiniMap.tsx",
  "canvas/nodes/ContextNode.tsx",
  "canvas/nodes/NodeBadges.tsx",
  "export/CodePreview.tsx",
  "export/GatewayPicker.tsx",
  "history/HistoryPanel.tsx",
  "history/PanelSection.tsx",
]);

/** Notices from files of other areas, still English: the list may only shrink. */
const UNTRANSLATED_NOTICES = new Set<string>(["history/HistoryPanel.tsx"]);

/** The fields of a notice a person reads. */
const NOTICE_TEXT = new Set(["title", "details", "label", "action"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path.join(dir, e.name)] : []));
}

/**
 * The literal words handed to a notice (`notify({ title, details, action: { label } })`,
 * `reportLoadFailure(title, …)`), in `.ts` and `.tsx` files alike. Strings and
 * template text count, through conditionals and arrays; calls (`t(...)`) and
 * names do not: what they return is checked where it is made.
 */
export function findNoticeLiterals(source: string, fileName = "x.ts"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const texts = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (isWords(node.text)) found.push(`${at(node)}: ${node.text}`);
    } else if (ts.isTemplateExpression(node)) {
      const words = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
      if (isWords(words)) found.push(`${at(node)}: ${node.getText(file)}`);
      node.templateSpans.forEach((s) => texts(s.expression));
    } else if (ts.isConditionalExpression(node)) {
      texts(node.whenTrue);
      texts(node.whenFalse);
    } else if (ts.isBinaryExpression(node) || ts.isParenthesizedExpression(node) || ts.isArrayLiteralExpression(node) || ts.isSpreadElement(node)) {
      ts.forEachChild(node, texts);
    } else if (ts.isObjectLiteralExpression(node)) {
      for (const p of node.properties) if (ts.isPropertyAssignment(p) && NOTICE_TEXT.has(p.name.getText(file))) texts(p.initializer);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : node.expression.getText(file);
      if (callee === "notify" && node.arguments[0]) texts(node.arguments[0]);
      if (callee === "reportLoadFailure" && node.arguments[0]) texts(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsxFiles(path.join(dir, e.name)) : e.name.endsWith(".tsx") ? [path.join(dir, e.name)] : []));
}

/** The literal UI words in one file, as `line: text`. */
export function findLiterals(source: string, fileName = "x.tsx"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      if (isWords(text)) found.push(`${at(node)}: ${text}`);
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      const text = ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)) ? init.expression.text : undefined;
      if (text !== undefined && isWords(text)) found.push(`${at(node)}: ${node.name.getText(file)}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("UI strings come from the catalogs", () => {
  it("finds literal text and read attributes, and lets t(...) and proper names pass", () => {
    expect(findLiterals(`const a = <p title="Close it">Hello <b>{t("x")}</b> nginx</p>;`)).toEqual(['1: title="Close it"', "1: Hello"]);
    expect(findLiterals(`const a = <p aria-label={t("x")}>{t("y")} · JSON</p>;`)).toEqual([]);
  });

  const files = tsxFiles(APP).map((f) => path.relative(APP, f).split(path.sep).join("/"));
  for (const name of files.filter((f) => !UNTRANSLATED.has(f))) {
    it(`${name} has no literal UI text`, () => {
      expect(findLiterals(readFileSync(path.join(APP, name), "utf8"), name)).toEqual([]);
    });
  }

  it("finds literal words handed to a notice, and lets t(...) and values pass", () => {
    const planted = `useEditor.getState().notify({ tone: "error", title: "Could not save", details: [quota ? "Storage is full" : String(e)], action: { label: \`Open \${name}\`, run } });`;
    expect(findNoticeLiterals(planted)).toEqual(["1: Could not save", "1: Storage is full", "1: `Open ${name}`"]);
    expect(findNoticeLiterals(`notify({ tone: "info", title: t("notices.file.opened", { file: file.name }), details: result.warnings, action: { label: t("notices.undo"), run } });`)).toEqual([]);
    expect(findNoticeLiterals(`reportLoadFailure("Could not load the help", e, retry);`)).toEqual(["1: Could not load the help"]);
  });

  const sources = sourceFiles(APP).map((f) => path.relative(APP, f).split(path.sep).join("/"));
  for (const name of sources.filter((f) => !UNTRANSLATED_NOTICES.has(f))) {
    it(`${name} gives notices no literal words`, () => {
      expect(findNoticeLiterals(readFileSync(path.join(APP, name), "utf8"), name)).toEqual([]);
    });
  }

  it("the untranslated notices list names only files that still have literals", () => {
    for (const name of UNTRANSLATED_NOTICES) expect(findNoticeLiterals(readFileSync(path.join(APP, name), "utf8"), name).length, name).toBeGreaterThan(0);
  });

  it("the untranslated list names only files that exist and still have literals", () => {
    for (const name of UNTRANSLATED) {
      expect(files, name).toContain(name);
      expect(findLiterals(readFileSync(path.join(APP, name), "utf8"), name).length, name).toBeGreaterThan(0);
    }
  });
});
