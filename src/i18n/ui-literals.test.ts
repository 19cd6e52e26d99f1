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
  "fixes/BeforeAfterTable.tsx",
  "fixes/EventChoiceFields.tsx",
  "fixes/FixPanel.tsx",
  "fixes/ImpactPanel.tsx",
  "fixes/RouteAvailabilityNote.tsx",
  "fixes/WhatIfButton.tsx",
  "ErrorBoundary.tsx",
  "Sidebar.tsx",
  "analysis/SplitScoreCard.tsx",
  "canvas/CanvasMiniMap.tsx",
  "canvas/nodes/ContextNode.tsx",
  "canvas/nodes/NodeBadges.tsx",
  "export/CodePreview.tsx",
  "export/GatewayPicker.tsx",
  "history/HistoryPanel.tsx",
  "history/PanelSection.tsx",
  "import/ImportPreview.tsx",
  "inspector/ChipListField.tsx",
  "inspector/CommonFields.tsx",
  "inspector/ContextForm.tsx",
  "inspector/EmptyInspector.tsx",
  "inspector/EndpointRows.tsx",
  "inspector/FlowEnds.tsx",
  "inspector/FlowForm.tsx",
  "inspector/FlowResilience.tsx",
  "inspector/FlowRouteFields.tsx",
  "inspector/GatewayForm.tsx",
  "inspector/HealthCheckFields.tsx",
  "inspector/Inspector.tsx",
  "inspector/InspectorHeader.tsx",
  "inspector/InstanceRows.tsx",
  "inspector/MultiInspector.tsx",
  "inspector/ServiceForm.tsx",
  "inspector/SplitSliders.tsx",
  "inspector/StoreForms.tsx",
  "notices/Notices.tsx",
  "toolbar/DesignName.tsx",
]);

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

  it("the untranslated list names only files that exist and still have literals", () => {
    for (const name of UNTRANSLATED) {
      expect(files, name).toContain(name);
      expect(findLiterals(readFileSync(path.join(APP, name), "utf8"), name).length, name).toBeGreaterThan(0);
    }
  });
});
