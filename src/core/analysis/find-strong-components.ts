import type { DependencyGraph } from "./build-dependency-graph";

export interface Components {
  count: number;
  /** Component number of each node. Numbers follow completion order: a component comes after every component it reaches (reverse topological order). */
  comp: Int32Array;
  /** Nodes grouped by component: component c is members[memberStart[c]] .. members[memberStart[c+1]-1]. */
  members: Int32Array;
  memberStart: Int32Array;
}

/**
 * Strongly connected components by Tarjan's algorithm, O(nodes + edges).
 * Iterative, with explicit stacks in typed arrays, because a 10,000-service
 * call chain would overflow the JavaScript call stack if this recursed.
 * @example findStrongComponents(buildSyncGraph(facts)).count
 */
export function findStrongComponents(graph: DependencyGraph): Components {
  const n = graph.nodeCount;
  const { start, target } = graph;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const frameNode = new Int32Array(n);
  const frameEdge = new Int32Array(n);
  const comp = new Int32Array(n);
  const members = new Int32Array(n);
  const bounds: number[] = [0];
  let sp = 0;
  let fp = 0;
  let counter = 0;
  let filled = 0;

  const enter = (v: number) => {
    index[v] = low[v] = counter++;
    stack[sp++] = v;
    onStack[v] = 1;
    frameNode[fp] = v;
    frameEdge[fp++] = start[v]!;
  };

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    enter(root);
    while (fp > 0) {
      const v = frameNode[fp - 1]!;
      const e = frameEdge[fp - 1]!;
      if (e < start[v + 1]!) {
        frameEdge[fp - 1] = e + 1;
        const w = target[e]!;
        if (index[w] === -1) enter(w);
        else if (onStack[w] && index[w]! < low[v]!) low[v] = index[w]!;
        continue;
      }
      fp--;
      if (low[v] === index[v]) {
        const c = bounds.length - 1;
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          comp[w] = c;
          members[filled++] = w;
        } while (w !== v);
        bounds.push(filled);
      }
      if (fp > 0) {
        const u = frameNode[fp - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
    }
  }
  return { count: bounds.length - 1, comp, members, memberStart: Int32Array.from(bounds) };
}
