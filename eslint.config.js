// @ts-check
/**
 * Lint, run by `npm test` (`npm run lint`). Besides the React hooks rules, it
 * guards the architecture the README describes: src/core is pure (no React,
 * zustand, React Flow, DOM, and nothing from src/app or src/cli), and the
 * command line never reaches into the app. A violation fails the run.
 */
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const UI_PACKAGES = ["react", "react/*", "react-dom", "react-dom/*", "zustand", "zustand/*", "@xyflow/*", "html-to-image", "elkjs", "elkjs/*"];
const inFolder = (name) => [`**/${name}`, `**/${name}/**`, `${name}/**`];

/** Browser globals core code must not touch: the DOM and browser storage. */
const DOM_GLOBALS = ["window", "document", "navigator", "location", "localStorage", "sessionStorage", "indexedDB", "HTMLElement", "Element", "Node", "DOMParser", "XMLSerializer", "getComputedStyle", "requestAnimationFrame", "fetch", "Worker", "Blob", "FileReader"].map((name) => ({
  name,
  message: "src/core is pure: no DOM or browser APIs (its own tsconfig has no DOM lib). Pass what it needs in from src/app.",
}));

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "public/**", "test-results/**", "playwright-report/**", "scripts/_*", "e2e/_*", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
      "@typescript-eslint/no-explicit-any": "off",
      // `cond ? a() : b()` and `a && b()` as statements are this code base's style for one-line branches.
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
      // The escape helpers match control characters on purpose: that is what they escape.
      "no-control-regex": "off",
    },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: UI_PACKAGES, message: "src/core is pure: no React, zustand, React Flow or other UI packages. Keep UI code in src/app." },
            { group: [...inFolder("app"), ...inFolder("cli")], message: "src/core must not import src/app or src/cli: they are shells over the core, not the other way round." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...DOM_GLOBALS],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: [...inFolder("app"), ...UI_PACKAGES], message: "src/cli must not import src/app or UI packages: share code through src/core." },
          ],
        },
      ],
    },
  },
);
