/**
 * Eleventy keeps which template uses which collection in a graph from the `dependency-graph` package, and
 * that package adds each edge only after searching the node's list of edges for it (`indexOf`). Every post
 * depends on the same few collections, so each list grows to the number of posts and the time to add them
 * grows with its square: 0.16 to 0.32 s of an `npm start` save at 4,000 posts, 1.5 to 1.8 s at 10,000
 * (full builds fill the same graph once).
 * This keeps a set beside each list, so the search is one lookup. The lists themselves, and so the graph
 * Eleventy reads, are as before. A set that no longer matches its list (the package removed an edge) is
 * made again from the list.
 */
import { requireFromEleventy } from "../eleventyInternals.ts";

interface DepGraphLike {
  outgoingEdges: Map<string, string[]>;
  incomingEdges: Map<string, string[]>;
  addDependency: (this: DepGraphLike, from: string, to: string) => boolean;
}

// Eleventy's own copy of the package (a dependency of Eleventy's, not of ours).
const { DepGraph } = requireFromEleventy("dependency-graph") as { DepGraph: { prototype: DepGraphLike } };

/** The package's own method, for anything this plugin does not recognise, and for the tests. */
export const searchingAddDependency = DepGraph.prototype.addDependency;

/** A set of each list's members. Lists only grow through `addDependency`, which keeps its set current. */
const sets = new WeakMap<string[], Set<string>>();

function setOf(edges: string[]): Set<string> {
  let members = sets.get(edges);
  // Only the package's removals shrink a list; a list with repeats (never made by addDependency) has a
  // smaller set than itself and is made again each time, which is still right.
  if (!members || members.size !== edges.length) {
    members = new Set(edges);
    sets.set(edges, members);
  }
  return members;
}

/** Adds `member` to `edges` unless it is there already, as the package does. */
function addOnce(edges: string[], member: string): void {
  const members = setOf(edges);
  if (members.has(member)) return;
  edges.push(member);
  members.add(member);
}

let applied = false;

/** A plugin in form only: it changes the package's method, once per process, and sets nothing in the config. */
export function dependencyEdgesPlugin(): void {
  if (applied || typeof searchingAddDependency !== "function") return;
  applied = true;
  DepGraph.prototype.addDependency = function (this: DepGraphLike, from: string, to: string) {
    const outgoing = this.outgoingEdges.get(from);
    const incoming = this.incomingEdges.get(to);
    // A node without edge lists is not in the graph: the package's own method throws its own error.
    if (!outgoing || !incoming) return searchingAddDependency.call(this, from, to);
    addOnce(outgoing, to);
    addOnce(incoming, from);
    return true;
  };
}
