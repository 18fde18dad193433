/**
 * Where an address found on the site points: to a path of this site, to another website, or nowhere
 * the checks follow (mailto:, tel:, data:). Shared by the link and third-party checks.
 */
import { decodeHTMLAttribute as decodeEntities } from "entities";

/** The origin a page's own addresses are resolved against (no real host is ever asked). */
const siteOrigin = "https://site.invalid";

/** Where the site lives: its path prefix, and its public address when known. */
export interface SiteLocation {
  /** "/" or "/als-resources/". */
  prefix: string;
  /** The public address of the site root, e.g. "https://example.org/als-resources/". */
  siteBase: string | undefined;
}

export type Address =
  | { kind: "none" } // empty, or a scheme the checks do not follow
  | { kind: "invalid" }
  | { kind: "other-website"; url: URL }
  | { kind: "this-site"; url: URL };

/** "/als-resources" or "als-resources/" -> "/als-resources/"; "" -> "/". */
export function normalisePrefix(prefix = "/"): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export function siteLocation(pathPrefix: string | undefined, siteUrl: string | undefined): SiteLocation {
  const prefix = normalisePrefix(pathPrefix);
  return { prefix, siteBase: siteUrl ? new URL(prefix, siteUrl).href : undefined };
}

/** Resolves an address as written in `from` (a file relative to the site folder). */
export function resolveAddress(written: string, from: string, site: SiteLocation): Address {
  const raw = decodeEntities(written).trim();
  if (raw === "") return { kind: "none" };
  let url: URL;
  try {
    url = new URL(raw, new URL(`${site.prefix}${from}`, siteOrigin));
  } catch {
    return { kind: "invalid" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "none" };
  if (url.origin === siteOrigin) return { kind: "this-site", url };
  // An absolute address of the site itself (a canonical link) is checked like an internal one.
  if (site.siteBase && url.href.startsWith(site.siteBase)) {
    return { kind: "this-site", url: new URL(`${site.prefix}${url.href.slice(site.siteBase.length)}`, siteOrigin) };
  }
  return { kind: "other-website", url };
}
