import { generateMermaid } from "../../core/export/diagrams/generate-mermaid";
import type { Design } from "../../core/model/schema";

/**
 * What "Copy as Mermaid" puts on the clipboard: the Mermaid export in a
 * fenced ```mermaid block, the form issues, pull requests and Markdown files
 * draw as a diagram. A Mermaid caveat (too many arrows) travels inside as
 * the export's own %% comment.
 * @example mermaidBlock(mallGo).startsWith("```mermaid\nflowchart LR")
 */
export function mermaidBlock(design: Design): string {
  return "```mermaid\n" + generateMermaid(design).content + "```\n";
}
