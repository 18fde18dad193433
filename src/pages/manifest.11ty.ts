/**
 * `/manifest.webmanifest`: lets readers install the site to a home screen, with its name, icons and colours.
 * The `any` icons are drawn as they are (rounded corners, transparent outside them); the `maskable` one is
 * a full opaque square that the home screen crops to its own shape (regenerate it with
 * `scripts/maskable-icon.ts`). One icon serving both purposes would be cropped badly or shown with corners.
 * Both languages are listed: English as the manifest's own `lang`, Spanish under `translations` (the W3C
 * manifest localization member), with its own start page.
 */
import type { SiteData } from "../model/pageData.ts";
import { pathPrefix } from "../model/siteUrls.ts";
import { siteWords } from "../model/strings/index.ts";

export const data = { permalink: "/manifest.webmanifest", eleventyExcludeFromCollections: true };

export default function render(data: SiteData): string {
  const root = pathPrefix();
  return JSON.stringify(
    {
      name: data.site.title,
      short_name: data.site.shortTitle,
      description: data.site.description,
      lang: data.site.language,
      start_url: root,
      scope: root,
      display: "standalone",
      background_color: "#ffffff",
      theme_color: data.site.themeColor,
      translations: {
        es: { name: data.site.title, short_name: data.site.shortTitle, description: siteWords.es.description, start_url: `${root}es/` },
      },
      icons: [
        { src: `${root}assets/icons/icon.svg`, sizes: "any", type: "image/svg+xml", purpose: "any" },
        { src: `${root}assets/icons/icon-192.png`, sizes: "192x192", type: "image/png", purpose: "any" },
        { src: `${root}assets/icons/icon-512.png`, sizes: "512x512", type: "image/png", purpose: "any" },
        { src: `${root}assets/icons/icon-maskable-512.png`, sizes: "512x512", type: "image/png", purpose: "maskable" },
      ],
    },
    null,
    2,
  );
}
