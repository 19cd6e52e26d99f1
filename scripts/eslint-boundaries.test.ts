/**
 * The lint config guards the architecture: these imports fail `npm test`.
 * Lints snippets as if they were files at the given paths, with the repo's
 * own eslint.config.js.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("architecture boundaries in the lint config", () => {
  it.each([
    ['import { useState } from "react";', "no-restricted-imports"],
    ['import { create } from "zustand";', "no-restricted-imports"],
    ['import { ReactFlow } from "@xyflow/react";', "no-restricted-imports"],
    ['import { useEditor } from "../../app/store/editor-store";', "no-restricted-imports"],
    ['import { run } from "../../cli/commands/check";', "no-restricted-imports"],
    ["export const width = () => window.innerWidth;", "no-restricted-globals"],
    ['export const el = () => document.createElement("div");', "no-restricted-globals"],
  ])("src/core refuses %s", async (code, rule) => {
    const found = await problems("src/core/analysis/example.ts", code);
    expect(found.some((p) => p.startsWith(`${rule}:`)), found.join("\n")).toBe(true);
  });

  it("src/cli refuses src/app and React", async () => {
    expect(await problems("src/cli/commands/example.ts", 'import { useEditor } from "../../app/store/editor-store";\nexport { useEditor };')).toEqual([expect.stringContaining("no-restricted-imports")]);
    expect(await problems("src/cli/commands/example.ts", 'import React from "react";\nexport { React };')).toEqual([expect.stringContaining("no-restricted-imports")]);
  });

  it("lets core import core, and a core file whose name merely contains app", async () => {
    expect(await problems("src/core/analysis/example.ts", 'import { loadDesign } from "../load/load-design";\nimport { applyEdit } from "./apply-edit";\nexport { loadDesign, applyEdit };')).toEqual([]);
  });

  it("enforces the rules of hooks in the app", async () => {
    const code = 'import { useState } from "react";\nexport function C({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n';
    expect(await problems("src/app/Example.tsx", code)).toEqual([expect.stringContaining("react-hooks/rules-of-hooks")]);
  });
});
