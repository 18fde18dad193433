/**
 * Content rules that apply while Eleventy builds:
 * - front matter is read with the same YAML settings as `npm run check`;
 * - every dev server (re)build starts by checking all content and stops, naming each problem, if any is
 *   wrong (`npm run build` runs its own content check, src/pipeline/build.ts);
 * - drafts are built by the dev server and left out of production builds.
 */
import { isPreview } from "../../helpers/runMode.ts";
import { frontMatterOptions, parsePost } from "../../model/checks/frontMatter.ts";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { defaultLanguage, languageOfPath } from "../../model/languages.ts";
import { postsFolder } from "../../model/paths.ts";
import { ContentError } from "../../model/checks/problems.ts";
import type { EleventyConfig } from "../../model/eleventy.ts";

export function contentPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setFrontMatterParsingOptions(frontMatterOptions);

  eleventyConfig.on("eleventy.before", async ({ runMode }) => {
    // `npm run build` runs its own content check (src/pipeline/build.ts); the dev server checks here, on every rebuild.
    if (!isPreview(runMode)) return;
    // Loaded here, not at the top: `npm run build` checks in a worker thread, and its main thread has no use for them.
    const [{ checkContent }, { contentBodyChecks }] = await Promise.all([
      import("../../model/checks/checkContent.ts"),
      import("../../model/checks/bodyChecks.ts"),
    ]);
    const { problems } = await checkContent(process.cwd(), contentBodyChecks);
    if (problems.length > 0) throw new ContentError(problems);
  });

  eleventyConfig.addPreprocessor("drafts", "md", (data) => {
    if (isPreview()) return undefined;
    if (data.draft === true) return false;
    // A translation is published only with its English original: not for a draft, nor for a post that is gone.
    const inputPath = (data.page as { inputPath?: string } | undefined)?.inputPath ?? "";
    if (languageOfPath(inputPath) !== defaultLanguage) {
      const original = path.join(process.cwd(), postsFolder, path.basename(inputPath));
      if (!existsSync(original) || parsePost(readFileSync(original, "utf8")).data.draft === true) return false;
    }
    return undefined;
  });
}
