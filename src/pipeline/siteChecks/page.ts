/**
 * Checking pages: each HTML page is read and parsed once. html-validate parses it, and a small
 * html-validate rule runs the page-level checks (alt text, content safety) and collects the ids and
 * references the site-wide checks need from that same parse.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Rule, type ConfigData, type DOMReadyEvent, type HtmlElement, type HtmlValidate } from "html-validate";
import { altProblem } from "./alt.ts";
import { contentSafetyProblems } from "./contentSafety.ts";
import { createHtmlValidate, htmlProblems, htmlValidateConfig } from "./html.ts";
import { elementIds } from "./link.ts";
import { elementReferences } from "./references.ts";
import type { PageFacts, SiteCheck } from "./types.ts";
import { pageHash } from "./validationCache.ts";

type CollectedFacts = Pick<PageFacts, "ids" | "references" | "problems">;

/** Reads one parsed page: its ids, its references, and the problems the page shows on its own. */
function collectFacts(document: DOMReadyEvent["document"], file: string): CollectedFacts {
  const facts: CollectedFacts = { ids: [], references: [], problems: [] };
  const problem = (element: HtmlElement, check: SiteCheck, message: string) => facts.problems.push({ file, line: element.location.line, check, message });
  document.visitDepthFirst((element) => {
    const tag = element.tagName.toLowerCase();
    facts.ids.push(...elementIds(element, tag));
    facts.references.push(...elementReferences(element, tag));
    for (const message of contentSafetyProblems(element, tag)) problem(element, "content-safety", message);
    const alt = altProblem(element, tag);
    if (alt) problem(element, "alt", alt);
  });
  return facts;
}

/** Returns a function that parses one page once, validates it (unless told not to) and collects its facts. */
export function createPageChecker(runHtmlValidate: boolean): (file: string, html: string, validate?: boolean) => PageFacts {
  let collected: CollectedFacts | undefined;
  let currentFile = "";
  class CollectFacts extends Rule {
    setup(): void {
      this.on("dom:ready", (event: DOMReadyEvent) => {
        collected = collectFacts(event.document, currentFile);
      });
    }
  }
  const plugin = { name: "als-site-checks", rules: { "als-site-checks/collect": CollectFacts } };
  const create = (base: ConfigData) => createHtmlValidate({ ...base, plugins: [plugin], rules: { ...base.rules, "als-site-checks/collect": "error" } });
  const validator = runHtmlValidate ? create(htmlValidateConfig) : undefined;
  let parser: HtmlValidate | undefined; // only our rule: parses and collects, validates nothing
  return (file, html, validate = true) => {
    collected = undefined;
    currentFile = file;
    const engine = validate && validator ? validator : (parser ??= create({ root: true }));
    const report = engine.validateStringSync(html, file);
    const facts = collected ?? { ids: [], references: [], problems: [] };
    return { file, ...facts, problems: [...htmlProblems(report, file), ...facts.problems], validHtml: engine === validator && report.valid };
  };
}

/** What checking a batch of pages needs; also what each worker thread is started with. */
export interface PageBatchInput {
  siteDir: string;
  htmlValidate: boolean;
  /** Content hashes of pages already known to be valid HTML (see `cacheFile`). */
  knownValid: string[];
}

/** Checks some pages; a page whose hash is in `knownValid` is parsed for its facts but not validated again. */
export function createBatchChecker(input: PageBatchInput): (files: string[]) => Promise<PageFacts[]> {
  const checkPage = createPageChecker(input.htmlValidate);
  const knownValid = new Set(input.knownValid);
  return async (files) => {
    const results: PageFacts[] = [];
    for (const file of files) {
      const html = await readFile(path.join(input.siteDir, file), "utf8");
      const hash = pageHash(html);
      const skip = knownValid.has(hash);
      const facts = checkPage(file, html, !skip);
      results.push({ ...facts, hash, validHtml: skip || facts.validHtml, validated: input.htmlValidate && !skip });
    }
    return results;
  };
}
