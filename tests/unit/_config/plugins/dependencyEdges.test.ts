/** Eleventy's dependency graph with edge sets: the same graph as the package's own method makes. */
import { describe, expect, it } from "vitest";
import { dependencyEdgesPlugin, searchingAddDependency } from "../../../../src/_config/plugins/dependencyEdges.ts";
import { requireFromEleventy } from "../../../../src/_config/eleventyInternals.ts";

interface Graph {
  addNode: (node: string) => void;
  removeNode: (node: string) => void;
  addDependency: (from: string, to: string) => boolean;
  removeDependency: (from: string, to: string) => void;
  overallOrder: () => string[];
  clone: () => Graph;
  outgoingEdges: Map<string, string[]>;
  incomingEdges: Map<string, string[]>;
}
const { DepGraph } = requireFromEleventy("dependency-graph") as {
  DepGraph: (new () => Graph) & { prototype: Graph };
};

/** A fixed pseudo-random sequence (mulberry32), so no run depends on chance. */
function* numbers(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    yield (mixed ^ (mixed >>> 14)) >>> 0;
  }
}

describe("dependency graph edges (a set beside each list)", () => {
  dependencyEdgesPlugin();

  it("replaces the package's method in the module Eleventy uses, once", () => {
    const withSets = DepGraph.prototype.addDependency;
    expect(withSets).not.toBe(searchingAddDependency);
    dependencyEdgesPlugin();
    expect(DepGraph.prototype.addDependency).toBe(withSets);
  });

  it("builds the same graph as the package's own method, through adds, repeats, removals and clones", () => {
    const nodes = Array.from({ length: 12 }, (_, index) => `./src/posts/en/post-${index}.md`);
    const random = numbers(7);
    const pick = () => nodes[random.next().value % nodes.length]!;
    // The first graph adds edges with the plugin's method, the second with the package's own.
    let graphs: [Graph, Graph] = [new DepGraph(), new DepGraph()];
    for (const node of nodes) for (const graph of graphs) graph.addNode(node);
    for (let step = 0; step < 3000; step++) {
      const action = random.next().value % 20;
      // Edges only go from a later node to an earlier one, so the graph has no cycle and has an order.
      const [a, b] = [pick(), pick()].sort();
      if (action < 14 && a !== b) {
        graphs[0].addDependency(b!, a!);
        searchingAddDependency.call(graphs[1], b!, a!);
      } else if (action < 18) {
        for (const graph of graphs) graph.removeDependency(b!, a!);
      } else if (action === 18) {
        for (const graph of graphs) graph.removeNode(a!);
        for (const graph of graphs) graph.addNode(a!);
      } else {
        graphs = [graphs[0].clone(), graphs[1].clone()];
      }
      if (step % 500 === 0 || step === 2999) {
        const [left, right] = graphs;
        expect([...left.outgoingEdges]).toEqual([...right.outgoingEdges]);
        expect([...left.incomingEdges]).toEqual([...right.incomingEdges]);
        expect(left.overallOrder()).toEqual(right.overallOrder());
      }
    }
    // The sequence reached long lists, where a wrong answer would show.
    expect(Math.max(...[...graphs[0].incomingEdges.values()].map((edges) => edges.length))).toBeGreaterThan(5);
  });

  it("leaves a missing node to the package, which names it", () => {
    const graph = new DepGraph();
    graph.addNode("a");
    expect(() => graph.addDependency("a", "b")).toThrow("Node does not exist: b");
    expect(() => graph.addDependency("c", "a")).toThrow("Node does not exist: c");
  });
});
