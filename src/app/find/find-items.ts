/**
 * What Find searches: every element, every flow and every finding of the
 * design, as plain data (the dialog adds commands and what choosing does).
 */
import type { Design, ElementKind, Protocol } from "../../core/model/schema";
import type { Finding } from "../../core/analysis/types";
import { COLLECTION_OF, ELEMENT_KINDS } from "../../core/model/elements";
import { effectiveProtocol } from "../../core/model/defaults";
import type { Candidate } from "./rank-matches";

export type FindItem = Candidate & { key: string } & (
    | { group: "element"; kind: ElementKind; id: string }
    | { group: "flow"; id: string; ends: [string, string]; hint: string }
    | { group: "finding"; finding: Finding }
  );

/** How findings and kinds read in the reader's language (the app passes its catalogs' words). */
export interface FindWords {
  title: (code: Finding["code"]) => string;
  message: (finding: Finding) => string;
  kind: (kind: ElementKind) => string;
  protocol: (protocol: Protocol) => string;
}

/** English kind words stay searchable in every language; the reader's word is added beside them. */
const KIND_WORD: Record<ElementKind, string> = { context: "context", service: "service", database: "database", broker: "broker", gateway: "gateway" };

export function findItems(design: Design, findings: readonly Finding[], words: FindWords): FindItem[] {
  const items: FindItem[] = [];
  const names = new Map<string, string>();
  for (const kind of ELEMENT_KINDS) {
    for (const el of design[COLLECTION_OF[kind]] ?? []) {
      names.set(el.id, el.name);
      items.push({ key: `element:${el.id}`, group: "element", kind, id: el.id, label: el.name, extra: `${el.id} ${KIND_WORD[kind]} ${words.kind(kind)}` });
    }
  }
  for (const f of design.flows ?? []) {
    const detail = f.path ?? f.event ?? f.label ?? "";
    const protocol = effectiveProtocol(f);
    items.push({
      key: `flow:${f.id}`,
      group: "flow",
      id: f.id,
      ends: [f.from, f.to],
      label: `${names.get(f.from) ?? f.from} → ${names.get(f.to) ?? f.to}`,
      // Shown: id, the protocol in the reader's words, the route or event; searched: that and the English words.
      hint: [f.id, words.protocol(protocol), detail].filter(Boolean).join(" · "),
      extra: `${f.id} ${f.kind} ${protocol} ${words.protocol(protocol)} ${detail}`.trim(),
    });
  }
  findings.forEach((finding, i) => {
    items.push({ key: `finding:${i}:${finding.code}`, group: "finding", finding, label: words.title(finding.code), extra: `${finding.severity} ${words.message(finding)}` });
  });
  return items;
}
