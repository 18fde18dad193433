/**
 * A post's body, cut into the sections a reader sees: the introduction before the first `## ` heading,
 * then one section per `## ` heading. Each section that states facts ends with a line naming its sources:
 *
 *   Sources: qalsody-label, smith-2025-real-world
 *
 * or, for a section with only advice or links, `Sources: none`. The content check requires the line;
 * the markdown renderer turns it into links to the full citations at the foot of the post.
 */

export const sourcesLinePattern = /^Sources:[ \t]*(.*?)[ \t]*$/;

export interface PostSection {
  /** "Introduction", or the heading's text. */
  title: string;
  /** The ids on the section's Sources line; [] for `Sources: none`; undefined when there is no line. */
  cites: string[] | undefined;
  /** True when the section has text besides its heading and Sources line. */
  hasText: boolean;
}

/** The ids named on one Sources line ("a, b" -> ["a", "b"]; "none" -> []). */
export function parseSourcesLine(list: string): string[] {
  if (/^none$/i.test(list.trim())) return [];
  return list
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}

export function postSections(body: string): PostSection[] {
  const sections: PostSection[] = [{ title: "Introduction", cites: undefined, hasText: false }];
  let inFence = false;
  for (const line of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const current = sections.at(-1)!;
    const heading = inFence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      sections.push({ title: heading[1]!, cites: undefined, hasText: false });
      continue;
    }
    const sourcesLine = inFence ? null : sourcesLinePattern.exec(line);
    if (sourcesLine) {
      current.cites = [...(current.cites ?? []), ...parseSourcesLine(sourcesLine[1]!)];
      continue;
    }
    if (line.trim() !== "") current.hasText = true;
  }
  return sections.filter((section) => section.hasText || section.cites !== undefined);
}

/** Every id a post cites, in the order of first use. */
export function citedInPost(body: string): string[] {
  return [...new Set(postSections(body).flatMap((section) => section.cites ?? []))];
}
