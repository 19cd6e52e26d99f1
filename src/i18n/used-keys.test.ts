/**
 * Every key the app asks for by name is in the English catalog: a mistyped
 * key would show as its dotted id on screen, and no other test reads it.
 * Keys built at run time (`inspector.kind.${kind}`) are checked by the
 * catalogs' own tests and the e2e runs that show them.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCE_CATALOGS } from "./catalog-source";
import { lookup } from "./translate";

const APP = path.resolve(__dirname, "../app");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** The literal keys of `t("…")` calls in a source text. */
export function keysAskedFor(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*"([a-z][\w-]*(?:\.[\w-]+)+)"/g)].map((m) => m[1]!);
}

describe("keys the app asks for", () => {
  it("reads literal keys and skips built ones", () => {
    expect(keysAskedFor('t("inspector.field.name"); t(`inspector.kind.${k}`); at("x.y"); t("notices.share.large", { n })')).toEqual(["inspector.field.name", "notices.share.large"]);
  });

  it("every literal key is in the English catalog", () => {
    const missing = sources(APP).flatMap((file) => keysAskedFor(readFileSync(file, "utf8")).filter((key) => lookup(SOURCE_CATALOGS.en, key) === undefined).map((key) => `${path.relative(APP, file)}: ${key}`));
    expect(missing).toEqual([]);
  });
});
