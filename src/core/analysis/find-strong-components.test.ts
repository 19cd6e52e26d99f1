import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DependencyGraph } from "./build-dependency-graph";
import { findStrongComponents } from "./find-strong-components";

function graphOf(nodeCount: number, edges: [number, number][]): DependencyGraph {
  const start = new Int32Array(nodeCount + 1);
  for (const [a] of edges) start[a + 1]!++;
  for (let i = 0; i < nodeCount; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, nodeCount);
  const target = new Int32Array(edges.length);
  for (const [a, b] of edges) target[fill[a]!++] = b;
  return { nodeCount, serviceCount: nodeCount, start, target, flow: new Int32Array(edges.length).fill(-1), sync: new Uint8Array(edges.length).fill(1), flowIds: [] };
}

function reachable(n: number, edges: [number, number][], from: number): Set<number> {
  const seen = new Set([from]);
  const todo = [from];
  while (todo.length) {
    const v = todo.pop()!;
    for (const [a, b] of edges) if (a === v && !seen.has(b)) seen.add(b) && todo.push(b);
  }
  return seen;
}

describe("findStrongComponents", () => {
  it("walks a 10,000-node chain without overflowing the stack, one component per node", () => {
    const n = 10_000;
    const edges = Array.from({ length: n - 1 }, (_, i): [number, number] => [i, i + 1]);
    expect(findStrongComponents(graphOf(n, edges)).count).toBe(n);
  });

  it("finds a 10,000-node ring as one component", () => {
    const n = 10_000;
    const edges = Array.from({ length: n }, (_, i): [number, number] => [i, (i + 1) % n]);
    const c = findStrongComponents(graphOf(n, edges));
    expect(c.count).toBe(1);
    expect(c.memberStart[1]).toBe(n);
  });

  it("puts two nodes in one component exactly when each reaches the other", () => {
    const graphs = fc.integer({ min: 1, max: 9 }).chain((n) =>
      fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 20 })),
    );
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const { comp } = findStrongComponents(graphOf(n, edges));
        const reach = Array.from({ length: n }, (_, v) => reachable(n, edges, v));
        for (let a = 0; a < n; a++)
          for (let b = 0; b < n; b++) expect(comp[a] === comp[b]).toBe(reach[a]!.has(b) && reach[b]!.has(a));
      }),
    );
  });

  it("numbers components so every edge leads to the same or an earlier component", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 25 }), (edges) => {
        const { comp } = findStrongComponents(graphOf(8, edges));
        for (const [a, b] of edges) expect(comp[a]!).toBeGreaterThanOrEqual(comp[b]!);
      }),
    );
  });
});
