/**
 * The third-party check: nothing loads from another website (scripts, stylesheets, icons, the manifest,
 * images, media, frames, embeds, CSS `url()` and `@import`); plain links to other sites are fine.
 */
import type { Address } from "./address.ts";
import type { Reference, SiteProblem } from "./types.ts";

export function checkThirdParty(reference: Reference, address: Address, from: string): SiteProblem | undefined {
  if (address.kind !== "other-website" || !reference.load) return undefined;
  return {
    file: from,
    line: reference.line,
    check: "third-party",
    message: `${reference.shown} loads from another website (${address.url.host}), which tells it who reads the page and fails offline (expected a file of this site)`,
  };
}
