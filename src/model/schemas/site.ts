/** Site-wide settings: `_data/site.ts` exports `defineSite({ ... })`. */
import type { z } from "zod";
import { strictObject, text, webUrl } from "./fields.ts";

export const siteSchema = strictObject(
  {
    title: text("the site's name"),
    shortTitle: text("a short name for home screens, 12 characters or fewer"),
    description: text("one sentence about the site, used in search results"),
    url: webUrl,
    language: text('the language code, e.g. "en"'),
    disclaimer: text("the medical disclaimer shown on every page"),
    maintainer: text("who maintains the site"),
    contact: text("how to reach the maintainers, e.g. an issue tracker address"),
    themeColor: text('the colour used by browsers around the page, e.g. "#0b3d62"'),
  },
  "the site settings",
);

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;

export function defineSite(site: SiteInput): SiteInput {
  return site;
}
