/**
 * `seams check --format sarif`: SARIF 2.1.0 for GitHub code scanning. One
 * run, one rule per finding code (id = the code, help = its rule page's full
 * text, helpUri = the page beside the app), one result per finding with the
 * element ids as logical locations and, when the design came from a file,
 * the line of each element's `"id"` in that file, so a pull request shows the
 * finding on the line that declares the element.
 *
 * In another language than English (`locale`), each result's message and
 * each rule's short description are in that language and the run says so in
 * its `language` property (SARIF 2.1.0 §3.14.26, default "en-US"), as the
 * format allows; the rule pages (help, full description) stay English.
 */
import { FINDING_CODES, FINDING_TEXT, ruleDocUrl, type Analysis, type Finding, type Severity } from "../core/index";
import { ruleMeaning } from "./read-rule-doc";
import { translateFor } from "../i18n/catalog-source";
import { findingMessage, findingTitle } from "../i18n/render-finding";
import type { Locale } from "../i18n/locales";

/** One analysed design: where it came from (a path relative to the repository, or undefined for stdin) and its text. */
export interface CheckedDesign {
  uri: string | undefined;
  text: string;
  analysis: Analysis;
}

export interface SarifOptions {
  version: string;
  /** The address the app is served from; rule pages are `rules/<code>.html` under it. */
  base: string;
  /** The markdown of a code's rule page in a language (English where it has none), if it has one. */
  ruleDoc: (code: string, locale?: string) => string | undefined;
  /** Designs that did not load: the run is marked unsuccessful with one notification each. */
  problems?: { uri: string | undefined; message: string }[];
  /** The language of the messages; English when not given. */
  locale?: Locale;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** The 1-based line of `"id": "<id>"` in a design's JSON text, if present. */
export function lineOfId(text: string, id: string): number | undefined {
  const needle = new RegExp(`"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
  const match = needle.exec(text);
  if (!match) return undefined;
  let line = 1;
  for (let i = 0; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function location(design: CheckedDesign, id: string, logical: string[]) {
  const line = design.uri === undefined ? undefined : lineOfId(design.text, id);
  return {
    ...(design.uri === undefined ? {} : { physicalLocation: { artifactLocation: { uri: design.uri }, region: { startLine: line ?? 1 } } }),
    logicalLocations: logical.map((name) => ({ name, fullyQualifiedName: name, kind: "object" })),
  };
}

function result(design: CheckedDesign, finding: Finding, ruleIndex: number, text: (f: Finding) => string) {
  const [first, ...rest] = finding.elements;
  return {
    ruleId: finding.code,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: text(finding) },
    locations: [location(design, first ?? "", finding.elements)],
    ...(rest.length ? { relatedLocations: rest.map((id, i) => ({ id: i + 1, ...location(design, id, [id]), message: { text: id } })) } : {}),
    partialFingerprints: { "seamsFinding/v1": `${design.uri ?? "-"}:${finding.key}` },
  };
}

/** The SARIF log of one or more checked designs. */
export function toSarif(designs: CheckedDesign[], options: SarifOptions) {
  const locale = options.locale ?? "en";
  const t = locale === "en" ? undefined : translateFor(locale);
  const text = (f: Finding) => (t ? findingMessage(t, f, locale) : f.message);
  const rules = FINDING_CODES.map((code) => {
    const doc = options.ruleDoc(code, locale);
    const url = ruleDocUrl(code, options.base, locale);
    return {
      id: code,
      name: FINDING_TEXT[code].title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase()),
      shortDescription: { text: t ? findingTitle(t, code) : FINDING_TEXT[code].title },
      fullDescription: { text: (doc && ruleMeaning(doc)) ?? FINDING_TEXT[code].title },
      helpUri: url,
      help: doc ? { text: doc, markdown: doc } : { text: `See ${url}` },
    };
  });
  const index = new Map<string, number>(FINDING_CODES.map((c, i) => [c, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0" as const,
    runs: [
      {
        tool: { driver: { name: "Seams", semanticVersion: options.version, informationUri: options.base, rules } },
        ...(t ? { language: locale } : {}),
        results: designs.flatMap((d) => d.analysis.findings.map((f) => result(d, f, index.get(f.code) ?? -1, text))),
        invocations: [
          {
            executionSuccessful: !options.problems?.length,
            toolExecutionNotifications: (options.problems ?? []).map((p) => ({
              level: "error" as const,
              message: { text: p.message },
              ...(p.uri === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: p.uri } } }] }),
            })),
          },
        ],
        columnKind: "utf16CodeUnits" as const,
      },
    ],
  };
}
