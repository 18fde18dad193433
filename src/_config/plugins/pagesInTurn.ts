/**
 * Eleventy lays out, transforms and writes a few templates at a time, not all of them at once, so the build
 * does not hold every page's HTML together (issue 12, "memory that does not grow with the archive's text").
 *
 * Eleventy 3.1.7 starts generating every template in the same instant (`TemplateWriter.generateTemplates`
 * makes one promise per template), and each waits on its layout before it writes. So at 4,000 posts all
 * 4,561 pages were laid out and transformed, and held with the strings made on the way, before the first
 * was written. Taken a few at a time, each page is written, and its intermediate strings let go, soon after
 * it is laid out. The pages' content (`templateContent`, which collections and feeds read) is rendered before
 * this step, as before, so no template waits here for another. Eleventy writes synchronously, so nothing is
 * lost by waiting. The pages and their order in Eleventy's results are unchanged.
 */
import pLimit from "p-limit";
import { importEleventyModule } from "../eleventyInternals.ts";

interface TemplateLike {
  generateMapEntry: (this: TemplateLike, ...args: unknown[]) => Promise<unknown>;
}

/** How many templates are generated at once. At 4,000 posts, limits of 1, 4 and 16 gave the same peak and time. */
export const templatesAtOnce = 4;

const { default: Template } = await importEleventyModule<{ default: { prototype: TemplateLike } }>("Template.js");

const generateAll = Template.prototype.generateMapEntry;
let applied = false;

/** A plugin in form only: it changes Eleventy itself, once per process, and sets nothing in the config. */
export function pagesInTurnPlugin(): void {
  if (applied || typeof generateAll !== "function") return;
  applied = true;
  const limit = pLimit(templatesAtOnce);
  Template.prototype.generateMapEntry = function (this: TemplateLike, ...args: unknown[]) {
    return limit(() => generateAll.apply(this, args));
  };
}
