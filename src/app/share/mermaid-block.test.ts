import { describe, expect, it } from "vitest";
import { generateMermaid } from "../../core/export/diagrams/generate-mermaid";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { mermaidBlock } from "./mermaid-block";

describe("mermaidBlock", () => {
  it("fences the Mermaid export so an issue or README draws it", () => {
    const block = mermaidBlock(mallGoTemplate());
    expect(block).toBe("```mermaid\n" + generateMermaid(mallGoTemplate()).content + "```\n");
    expect(block.split("\n").filter((l) => l.startsWith("```"))).toEqual(["```mermaid", "```"]);
  });

  it("cannot be closed early by a name holding a fence", () => {
    const d = mallGoTemplate();
    d.name = "x\n```\n# evil";
    d.services![0]!.name = "```";
    const lines = mermaidBlock(d).split("\n");
    expect(lines.filter((l) => /^ {0,3}```/.test(l))).toEqual(["```mermaid", "```"]);
  });
});
