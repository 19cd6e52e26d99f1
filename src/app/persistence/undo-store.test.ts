import { describe, expect, it } from "vitest";
import type { Design } from "../../core/model/schema";
import { emptyDesign } from "../../core/model/elements";
import { MemoryStorage } from "./memory-storage";
import { undoKey } from "./storage-keys";
import { loadUndo, saveUndo, UNDO_BUDGET_CHARS, UNDO_SAVED_STEPS } from "./undo-store";

const named = (name: string): Design => ({ ...emptyDesign(), name });
const steps = (n: number, prefix = "step") => Array.from({ length: n }, (_, i) => named(`${prefix} ${i}`));

describe("undo history in storage", () => {
  it("comes back for the revision it was saved with, past and future in order", () => {
    const storage = new MemoryStorage();
    saveUndo(storage, "d", 4, { past: steps(3), present: named("now"), future: steps(2, "redo") });
    expect(loadUndo(storage, "d", 4)).toEqual({ past: steps(3), future: steps(2, "redo") });
  });

  it("is not applied to another revision (another tab saved since)", () => {
    const storage = new MemoryStorage();
    saveUndo(storage, "d", 4, { past: steps(3), present: named("now"), future: [] });
    expect(loadUndo(storage, "d", 5)).toBeUndefined();
  });

  it(`keeps the nearest ${UNDO_SAVED_STEPS} steps, undo before redo`, () => {
    const storage = new MemoryStorage();
    saveUndo(storage, "d", 1, { past: steps(80), present: named("now"), future: steps(5, "redo") });
    const back = loadUndo(storage, "d", 1)!;
    expect(back.past).toEqual(steps(80).slice(-UNDO_SAVED_STEPS));
    expect(back.future).toEqual([]);
  });

  it(`stays within ${UNDO_BUDGET_CHARS.toLocaleString("en")} characters, nearest steps first`, () => {
    const storage = new MemoryStorage();
    const big = (i: number): Design => ({ ...named(`big ${i}`), description: "x".repeat(4000), services: Array.from({ length: 200 }, (_, j) => ({ id: `s${j}`, name: `service ${j} of step ${i}`, description: "y".repeat(1000) })) });
    const past = Array.from({ length: 10 }, (_, i) => big(i));
    saveUndo(storage, "d", 1, { past, present: named("now"), future: [] });
    expect(storage.getItem(undoKey("d"))!.length).toBeLessThanOrEqual(UNDO_BUDGET_CHARS + 100);
    const back = loadUndo(storage, "d", 1)!;
    expect(back.past.length).toBeGreaterThan(0);
    expect(back.past.length).toBeLessThan(10);
    expect(back.past).toEqual(past.slice(-back.past.length));
  });

  it("is dropped when a step does not pass the loader, or the record is damaged, or there is nothing to undo", () => {
    const storage = new MemoryStorage();
    storage.setItem(undoKey("d"), JSON.stringify({ rev: 1, past: [named("fine"), { format: "seams-design", version: 1, name: "" }], future: [] }));
    expect(loadUndo(storage, "d", 1)).toBeUndefined();
    storage.setItem(undoKey("d"), "{damaged");
    expect(loadUndo(storage, "d", 1)).toBeUndefined();
    saveUndo(storage, "d", 2, { past: [], present: named("now"), future: [] });
    expect(storage.getItem(undoKey("d"))).toBeNull();
  });
});
