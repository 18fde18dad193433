/** The Spanish edition: every page has its pair, language is right everywhere, and translations cannot silently go stale. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { languageOfUrl } from "../../src/model/languages.ts";
import { allPagePaths, builtSitePath, readPage, sitemapPaths } from "../helpers/builtSite.ts";
import { editedDrug, sharedBuild } from "../helpers/sharedBuilds.ts";

/** Pages that exist in English only, on purpose: none today. */
const englishOnly: string[] = [];

const alternatesOf = (page: string) =>
  new Map([...page.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">/g)].map((match) => [match[1]!, new URL(match[2]!).pathname]));

describe("the Spanish edition", () => {
  let site: string;
  let paths: string[];
  beforeAll(async () => {
    site = builtSitePath();
    paths = await sitemapPaths(site);
  });

  it("has a Spanish page for every English page in the sitemap, listed with hreflang alternates both ways", async () => {
    const xml = new XMLParser({ ignoreAttributes: false }).parse(await readFile(path.join(site, "sitemap.xml"), "utf8")) as {
      urlset: { url: Array<{ loc: string; "xhtml:link"?: Array<{ "@_hreflang": string; "@_href": string }> }> };
    };
    const alternates = new Map(
      xml.urlset.url.map((entry) => [
        new URL(entry.loc).pathname,
        new Map((entry["xhtml:link"] ?? []).map((link) => [link["@_hreflang"], new URL(link["@_href"]).pathname])),
      ]),
    );
    const english = paths.filter((url) => languageOfUrl(url) === "en");
    expect(english.length).toBeGreaterThan(20);
    for (const url of english) {
      if (englishOnly.includes(url)) continue;
      const spanish = alternates.get(url)?.get("es");
      expect(spanish, `${url} has no Spanish alternate in the sitemap`).toBe(`/es${url}`);
      expect(alternates.get(spanish!)?.get("en"), `${spanish} does not point back to ${url}`).toBe(url);
    }
  });

  it("sets <html lang> from the address and pairs every page's hreflang links both ways", async () => {
    for (const url of await allPagePaths(site)) {
      const page = await readPage(site, url);
      const lang = languageOfUrl(url);
      expect(page, url).toContain(`<html lang="${lang}">`);
      const alternates = alternatesOf(page);
      if (alternates.size === 0) continue;
      expect(alternates.get(lang), `${url} does not list itself`).toBe(url);
      for (const [other, otherUrl] of alternates) {
        if (other === "x-default") continue;
        expect(alternatesOf(await readPage(site, otherUrl)).get(lang), `${otherUrl} does not point back to ${url}`).toBe(url);
      }
    }
  });

  it("puts a real language switch early in every page, named in its language", async () => {
    for (const url of await allPagePaths(site)) {
      const page = await readPage(site, url);
      const expected =
        languageOfUrl(url) === "en"
          ? /<a href="\/es\/[^"]*" hreflang="es" lang="es"[^>]*>Español<\/a>/
          : /<a href="\/[^"]*" hreflang="en" lang="en"[^>]*>English<\/a>/;
      const at = page.search(expected);
      expect(at, `${url} has no language switch`).toBeGreaterThan(0);
      // Before the main navigation: reached early with Tab.
      expect(at, url).toBeLessThan(page.indexOf('class="site-nav"'));
    }
  });

  it("shows Spanish prose over the English facts, and keeps the sources in English, marked lang=en", async () => {
    const page = await readPage(site, "/es/drugs/tofersen/");
    expect(page).toContain("Qué muestran los estudios");
    expect(page).toContain("25 de abril de 2023");
    expect(page).toMatch(/<cite lang="en">[^<]*Qalsody/);
    expect(page).not.toContain("translation-outdated");
  });

  it("marks a program's English name on Spanish pages, and uses a translated name as Spanish", async () => {
    expect(await readPage(site, "/es/programs/als-focus/")).toContain('<h1><span lang="en">ALS Focus</span></h1>');
    expect(await readPage(site, "/es/programs/genetic-testing-education/")).toContain("<h1>Información y educación sobre las pruebas genéticas</h1>");
  });

  it("lists both languages in the web manifest", async () => {
    const manifest = JSON.parse(await readFile(path.join(site, "manifest.webmanifest"), "utf8")) as {
      lang: string;
      translations: Record<string, { start_url: string }>;
    };
    expect(manifest.lang).toBe("en");
    expect(manifest.translations.es?.start_url).toBe("/es/");
  });
});

describe("a translation after its English entry changes", () => {
  it("says it is outdated when the English prose changed, and links to the English", async () => {
    const edited = await readPage(sharedBuild("editedDrug"), editedDrug.spanishUrl);
    const notice = /<div class="notice notice-warning translation-outdated"[\s\S]*?<\/div>/.exec(edited)?.[0] ?? "";
    expect(notice).toContain("La versión en inglés ha cambiado");
    expect(notice).toContain(`href="${editedDrug.url}"`);
    expect(await readPage(builtSitePath(), editedDrug.spanishUrl)).not.toContain("translation-outdated");
  });

  it("shows a changed dose on both pages, never the old number", async () => {
    const dose = (page: string) => /<dt>(?:Dose|Dosis)<\/dt><dd>([\s\S]*?)<\/dd>/.exec(page)?.[1] ?? "";
    const before = { en: dose(await readPage(builtSitePath(), editedDrug.url)), es: dose(await readPage(builtSitePath(), editedDrug.spanishUrl)) };
    const after = {
      en: dose(await readPage(sharedBuild("editedDrug"), editedDrug.url)),
      es: dose(await readPage(sharedBuild("editedDrug"), editedDrug.spanishUrl)),
    };
    expect(before.en).toContain("50 mg");
    expect(before.es).toContain("50 mg cada vez");
    expect(after.en).toContain("45 mg");
    // The Spanish page shows the English dose, marked as English, until the translation is updated.
    expect(after.es).toBe(`<span lang="en">${editedDrug.dose.after}. For the liquid, that is 10 mL.</span>`);
    expect(after.es).not.toContain("50 mg");
  });
});
