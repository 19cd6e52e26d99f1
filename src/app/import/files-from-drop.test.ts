import { describe, expect, it } from "vitest";
import { readEntries, type DropEntry } from "./files-from-drop";

const file = (name: string): DropEntry => ({ isFile: true, isDirectory: false, name, file: (ok) => ok(new File(["x"], name)) });
const folder = (name: string, children: DropEntry[]): DropEntry => {
  // Two batches, then an empty one, as browsers hand them out.
  const batches = [children.slice(0, 1), children.slice(1), []];
  return { isFile: false, isDirectory: true, name, createReader: () => ({ readEntries: (ok) => ok(batches.shift() ?? []) }) };
};

describe("files of a drop", () => {
  it("opens dropped folders to their manifests, subfolders too, and keeps dropped files as they are", async () => {
    const files = await readEntries([folder("k8s", [file("b.yaml"), file("README.md"), folder("db", [file("a.yml")]), folder(".git", [file("c.yaml")]), file(".hidden.yaml")]), file("notes.txt")]);
    expect(files.map((f) => f.name)).toEqual(["a.yml", "b.yaml", "notes.txt"]);
  });
});
