/**
 * Eleventy turns the same few thousand file paths into its normal form (`TemplatePath.normalize`, from
 * @11ty/eleventy-utils) again and again: for every template, on every build and on every save under
 * `npm start`, where it checks each of 4,000 posts against the saved file. The answer depends only on the
 * path, so this remembers it, once per process. Eleventy's own function still makes every answer.
 */
import { requireFromEleventy } from "../eleventyInternals.ts";

interface TemplatePathLike {
  normalize: (thePath: string) => string;
}

// Eleventy's own copy of the package (a dependency of Eleventy's, not of ours).
const { TemplatePath } = requireFromEleventy("@11ty/eleventy-utils") as { TemplatePath: TemplatePathLike };

/** Enough for every path of a 20,000-post site; past it the answers are forgotten and learnt again. */
const maxRemembered = 200_000;
const normalizeOnce = TemplatePath.normalize;
let applied = false;

/** A plugin in form only: it changes Eleventy's helper, once per process, and sets nothing in the config. */
export function pathNormalizingPlugin(): void {
  if (applied || typeof normalizeOnce !== "function") return;
  applied = true;
  const remembered = new Map<string, string>();
  TemplatePath.normalize = (thePath: string) => {
    let normal = remembered.get(thePath);
    if (normal === undefined) {
      if (remembered.size >= maxRemembered) remembered.clear();
      normal = normalizeOnce(thePath);
      remembered.set(thePath, normal);
    }
    return normal;
  };
}
