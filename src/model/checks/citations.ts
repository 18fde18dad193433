/**
 * The rules that tie pages to the source registry (`_data/sources.ts`):
 * - every fact-bearing section cites at least one source, and only ids the registry knows;
 * - no section rests only on weak sources;
 * - a drug that had a label cites the label for its side effects and its tests;
 * - a pipeline drug's "status as of" month is no later than the newest source cited for its status;
 * - a source cited nowhere is a warning (it may be left over from an edit).
 */
import { labelledStatuses, drugSectionTitles, type Drug } from "../schemas/drug.ts";
import { programSectionTitles, type Program } from "../schemas/program.ts";
import type { SourceRegistry } from "../schemas/source.ts";
import { dataFolder } from "../paths.ts";
import { postSections } from "../postSections.ts";
import { todoPattern } from "./todo.ts";
import type { ContentProblem } from "./problems.ts";

/** One section of one page and the ids it cites. */
export interface CitingSection {
  file: string;
  /** Where a maintainer fixes it: a field path (`sources.evidence`) or `section "Italy"` in a post. */
  field: string;
  /** The section's title as readers see it. */
  title: string;
  ids: string[];
}

export interface CitedPost {
  file: string;
  body: string;
  basedOn?: string;
}

export interface CitationCheck {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

const registryFile = `${dataFolder}/sources.ts`;

/** A data file's `sources`: one citing section per key, titled as readers see the section. */
function dataCitingSections<Key extends string>(file: string, sources: Partial<Record<Key, string[]>>, titles: Record<Key, string>): CitingSection[] {
  return (Object.entries(sources) as Array<[Key, string[] | undefined]>).map(([key, ids]) => ({
    file,
    field: `sources.${key}`,
    title: titles[key],
    ids: ids ?? [],
  }));
}

/** A post's sections; a section with text and no Sources line is a problem, reported here. */
function postCitingSections(post: CitedPost, problems: ContentProblem[]): CitingSection[] {
  const sections: CitingSection[] = [];
  for (const section of postSections(post.body)) {
    const field = `section "${section.title}"`;
    if (section.cites === undefined) {
      problems.push({
        file: post.file,
        field,
        message:
          'cites nothing (expected a last line "Sources: an-id, another-id" naming entries in _data/sources.ts, or "Sources: none" if the section states no facts)',
      });
      continue;
    }
    sections.push({ file: post.file, field, title: section.title, ids: section.cites });
  }
  if (post.basedOn !== undefined) sections.push({ file: post.file, field: "basedOn", title: "Adapted from", ids: [post.basedOn] });
  return sections;
}

function knownIdsHint(registry: SourceRegistry): string {
  const ids = Object.keys(registry);
  return ids.length > 0 ? `one of the ids in ${registryFile}, e.g. ${JSON.stringify(ids[0])}` : `an id defined in ${registryFile}`;
}

/** "2025-05-12" -> "2025-05"; "2025" stays "2025". */
function month(date: string): string {
  return date.slice(0, 7);
}

export function checkCitations(input: { registry: SourceRegistry; drugs: Drug[]; programs: Program[]; posts: CitedPost[] }): CitationCheck {
  const { registry } = input;
  const problems: ContentProblem[] = [];
  const sections = [
    ...input.drugs.flatMap((drug) => dataCitingSections(`${dataFolder}/drugs/${drug.slug}.ts`, drug.sources, drugSectionTitles)),
    ...input.programs.flatMap((program) => dataCitingSections(`${dataFolder}/programs/${program.slug}.ts`, program.sources, programSectionTitles)),
    ...input.posts.flatMap((post) => postCitingSections(post, problems)),
  ];

  const used = new Set<string>();
  for (const section of sections) {
    const known = section.ids.filter((id) => registry[id] !== undefined);
    section.ids.forEach((id, index) => {
      used.add(id);
      // A "TODO" left by `npm run new` is reported by the TODO check (and allowed in the preview).
      if (registry[id] === undefined && !todoPattern.test(id)) {
        problems.push({
          file: section.file,
          field: section.field.startsWith("sources.") ? `${section.field}.${index}` : section.field,
          message: `${JSON.stringify(id)} is not a source (expected ${knownIdsHint(registry)}; add the source there first)`,
        });
      }
    });
    if (known.length > 0 && known.every((id) => registry[id]!.quality === "weak")) {
      problems.push({
        file: section.file,
        field: section.field,
        message: `"${section.title}" rests only on weak sources (${known.join(", ")}) (expected at least one primary or secondary source for the same facts)`,
      });
    }
  }

  for (const drug of input.drugs) {
    const file = `${dataFolder}/drugs/${drug.slug}.ts`;
    if (labelledStatuses.includes(drug.status)) {
      for (const key of ["sideEffects", "monitoring"] as const) {
        const ids = drug.sources[key] ?? [];
        if (ids.length > 0 && !ids.some((id) => registry[id]?.kind === "label")) {
          problems.push({
            file,
            field: `sources.${key}`,
            message: `cites no drug label (expected the id of the drug's label, a source of kind "label", because status is ${JSON.stringify(drug.status)})`,
          });
        }
      }
    }
    if (drug.statusAsOf !== undefined) {
      const dates = drug.sources.status.flatMap((id) => (registry[id]?.date ? [registry[id].date] : []));
      const newest = dates.sort().at(-1);
      if (newest !== undefined && month(drug.statusAsOf) > month(newest)) {
        problems.push({
          file,
          field: "statusAsOf",
          message: `"${drug.statusAsOf}" is later than the newest source cited for the status (${newest}) (expected the month of that source, or cite a newer source in sources.status)`,
        });
      }
    }
  }

  const warnings: ContentProblem[] = Object.keys(registry)
    .filter((id) => !used.has(id))
    .map((id) => ({ file: registryFile, field: id, message: "is cited by no page (expected it to be cited somewhere, or removed)" }));
  return { problems, warnings };
}

/** The newest date among a page's cited sources ("2025-01-09"), for "newest source" beside the review dates. */
export function newestSourceDate(ids: Iterable<string>, registry: SourceRegistry): string | undefined {
  let newest: string | undefined;
  for (const id of ids) {
    const date = registry[id]?.date;
    if (date !== undefined && (newest === undefined || date > newest)) newest = date;
  }
  return newest;
}
