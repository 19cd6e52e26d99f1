/**
 * mall-go with every free-text field (names, descriptions, teams, technology,
 * engines, labels, event names) replaced by text built from pieces that the
 * diagram and config languages read as structure, for property tests.
 */
import fc from "fast-check";
import type { Design } from "../../src/core/model/schema";
import { mallGoTemplate } from "../../src/core/templates/mall-go";

export const HOSTILE_PIECES = [
  "\n", "\r\n", "\u2028", "\u0085", "\u0000", "\t", ";", "{", "}", "[", "]", "(", ")", "<", ">", "#", "%%", '"', "'", "`", "\\", "\\n", "|", "&", "&amp;", "#quot;",
  "$", "${x}", "${{ env }}", "%date()", "!include /etc/passwd", "@enduml", "@startuml", "end", "subgraph", "-->", "-.->", "->", "--", "__", "//", "**", "~~", "==",
  "<img:/etc/passwd>", "<b>", "[[http://x]]", "]]>", "<![CDATA[", "</mxCell>", "<!--", "-->", "}\nmodel {", "\nworkspace {", "\"; rm -rf /", "shape: queue", "style.fill: red",
  "_", "*x", "&x", "!!str", "no", "null", "日本語", "😀", "\ud800", " ",
];

export const hostileText = (max: number) =>
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join("").slice(0, max))
    .filter((s) => s.trim().length > 0);

/** mall-go with every free-text field hostile (names stay non-blank, as the loader requires). */
export const hostileDesign: fc.Arbitrary<Design> = fc
  .record({ name: hostileText(100), text: hostileText(200), tag: hostileText(40), event: hostileText(100) })
  .map(({ name, text, tag, event }): Design => {
    const d = mallGoTemplate();
    return {
      ...d,
      name,
      description: text,
      contexts: d.contexts!.map((c) => ({ ...c, name, description: text, team: tag })),
      services: d.services!.map((s) => ({ ...s, name, description: text, team: tag, technology: tag })),
      databases: d.databases!.map((x) => ({ ...x, name, description: text, engine: tag })),
      brokers: d.brokers!.map((b) => ({ ...b, name, description: text, engine: tag })),
      gateways: d.gateways!.map((g) => ({ ...g, name, description: text })),
      flows: d.flows!.map((f) => ({ ...f, label: text, ...(f.event ? { event } : {}) })),
    };
  });
