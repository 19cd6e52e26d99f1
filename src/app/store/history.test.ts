import { describe, expect, it } from "vitest";
import { commit, createHistory, redo, seal, undo } from "./history";

describe("history", () => {
  it("undoes and redoes steps in order", () => {
    let h = createHistory("a");
    h = commit(h, "b");
    h = commit(h, "c");
    h = undo(h);
    expect(h.present).toBe("b");
    h = undo(h);
    expect(h.present).toBe("a");
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe("b");
    h = redo(h);
    expect(h.present).toBe("c");
    expect(redo(h)).toBe(h);
  });

  it("merges keystrokes of one field into one step", () => {
    let h = createHistory("");
    h = commit(h, "o", { coalesce: "name", now: 0 });
    h = commit(h, "or", { coalesce: "name", now: 100 });
    h = commit(h, "ord", { coalesce: "name", now: 200 });
    expect(h.past).toEqual([""]);
    expect(undo(h).present).toBe("");
  });

  it("starts a new step after the field is sealed, another key, or a pause", () => {
    let h = createHistory("");
    h = commit(h, "a", { coalesce: "name", now: 0 });
    h = seal(h);
    h = commit(h, "ab", { coalesce: "name", now: 10 });
    h = commit(h, "abc", { coalesce: "team", now: 20 });
    h = commit(h, "abcd", { coalesce: "team", now: 5000 });
    expect(h.past).toEqual(["", "a", "ab", "abc"]);
  });

  it("drops the redo branch on a new commit and caps its length", () => {
    let h = createHistory(0);
    for (let i = 1; i <= 250; i++) h = commit(h, i);
    expect(h.past.length).toBe(200);
    h = undo(h);
    h = commit(h, 999);
    expect(h.future).toEqual([]);
  });
});
