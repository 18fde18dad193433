/**
 * The html check: every page is valid HTML by html-validate's recommended rules (`html-validate:recommended`),
 * relaxed only where they disagree with a deliberate choice.
 */
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Report, type ResolvedConfig } from "html-validate";
import type { SiteProblem } from "./types.ts";

/**
 * html-validate's configuration. (In code rather than `.htmlvalidate.json` so each exception carries its
 * reason, and so copies of the project used by the tests carry it too.)
 */
export const htmlValidateConfig: ConfigData = {
  root: true,
  extends: ["html-validate:recommended"],
  rules: {
    // Our templates write `<!doctype html>` in lower case; HTML treats both cases the same.
    "doctype-style": "off",
    // A page's <title> is the post or drug name followed by " | ALS Resources", for readers with many tabs
    // and for screen readers; how long a title is, is an editorial choice, not an HTML error.
    "long-title": "off",
    // Under a path prefix, Eleventy's HTML transformer (which adds the prefix to every link) writes boolean
    // and empty attributes back as `checked=""` / `hidden=""`. Both spellings are the same valid HTML.
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
  },
};

/** Caches the resolved configuration: html-validate would otherwise rebuild its element table for every page. */
class CachedConfigLoader extends StaticConfigLoader {
  private resolved: ResolvedConfig | undefined;
  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    this.resolved ??= super.getConfigFor(handle) as ResolvedConfig;
    return this.resolved;
  }
}

/** An html-validate engine with `config`, keeping its resolved configuration from page to page. */
export function createHtmlValidate(config: ConfigData): HtmlValidate {
  return new HtmlValidate(new CachedConfigLoader(config));
}

/** html-validate's errors on one page, as site problems naming the rule. */
export function htmlProblems(report: Report, file: string): SiteProblem[] {
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity >= 2)
      .map((message) => ({
        file,
        line: message.line,
        check: "html" as const,
        message: `${message.message} (html-validate rule ${message.ruleId}${message.ruleUrl ? `: ${message.ruleUrl}` : ""})`,
      })),
  );
}
