/**
 * A backport of Eleventy's own fix for a slow lookup (11ty/eleventy pull request #3939, merged for
 * Eleventy 4; not in 3.1.7, the newest 3.x that installs here). Eleventy 3 finds a template's entry by
 * searching the list of all templates, once per template and once per item of every collection, so the
 * time grows with the square of the posts: 1.3 s at 4,000 posts, on every rebuild of `npm start` too.
 * This keeps an index from input path to entry, as the fix does, and falls back to Eleventy's own search
 * for anything the index does not hold, so its answers are Eleventy's. Remove it with Eleventy 4.
 */
import { importEleventyModule } from "../eleventyInternals.ts";

interface MapEntry {
  inputPath: string;
}
interface TemplateMapLike {
  map: MapEntry[];
  getMapEntryForInputPath: (this: TemplateMapLike, inputPath: string) => MapEntry | undefined;
}

const { default: TemplateMap } = await importEleventyModule<{ default: { prototype: TemplateMapLike } }>("TemplateMap.js");

/** Entries by input path, for each list of templates; rebuilt when the list has grown (templates are only added). */
const indexes = new WeakMap<MapEntry[], { size: number; byPath: Map<string, MapEntry> }>();

function indexOf(map: MapEntry[]): Map<string, MapEntry> {
  let index = indexes.get(map);
  if (!index || index.size !== map.length) {
    const byPath = new Map<string, MapEntry>();
    // The first entry wins, as with Array.find.
    for (const entry of map) if (!byPath.has(entry.inputPath)) byPath.set(entry.inputPath, entry);
    index = { size: map.length, byPath };
    indexes.set(map, index);
  }
  return index.byPath;
}

const searchAll = TemplateMap.prototype.getMapEntryForInputPath;
let applied = false;

/** A plugin in form only: it changes Eleventy itself, once per process, and sets nothing in the config. */
export function templateLookupPlugin(): void {
  if (applied || typeof searchAll !== "function") return;
  applied = true;
  TemplateMap.prototype.getMapEntryForInputPath = function (this: TemplateMapLike, inputPath: string) {
    return indexOf(this.map).get(inputPath) ?? searchAll.call(this, inputPath);
  };
}
